"""The staff workspace's storage: references, threads, card state, the audit trail and never-twice reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.storage import ACKNOWLEDGED, CARD, NOTE, REMINDER, RESOLVED, NewEscalation, SqliteStorage

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


async def concern_for(db: SqliteStorage, chat_id: int = 1, level: str = "emergency", ref: str | None = "A123") -> int:
    await db.set_treatment(chat_id, "Pat", date(2026, 11, 21), NOW - timedelta(days=3), NOW)
    if ref:
        assert await db.set_clinic_ref(chat_id, ref)
    return await db.add_escalation(NewEscalation(chat_id, level, "Pat", 4, "my throat",
                                                 "swelling of the lips, tongue or throat", mentioned_day=3), NOW)


async def test_clinic_reference_is_stored_found_and_needs_a_patient(db):
    assert not await db.set_clinic_ref(9, "Z9")
    await concern_for(db)
    assert (await db.patient(1)).clinic_ref == "A123"
    assert (await db.patient_by_ref("A123")).chat_id == 1
    assert await db.patient_by_ref("nope") is None


async def test_notice_carries_its_escalation_and_the_card_is_mapped(db):
    escalation_id = await concern_for(db)
    notice = (await db.due_notices(NOW))[0]
    assert notice.escalation_id == escalation_id
    await db.card_sent(escalation_id, 555, NOW)
    concern = await db.concern(escalation_id)
    assert concern.card_message_id == 555 and concern.clinic_ref == "A123" and concern.mentioned_day == 3
    assert concern.state == "open"
    assert await db.chat_for_staff_message(555) == 1
    assert [a.action for a in await db.actions(escalation_id)] == [CARD]


async def test_thread_map_survives_reopening_and_can_be_replaced(tmp_path):
    path = str(tmp_path / "t.db")
    db = SqliteStorage(path)
    await db.open()
    await db.set_staff_thread(1, 77, NOW)
    await db.close()
    db = SqliteStorage(path)
    await db.open()
    assert await db.staff_thread(1) == 77 and await db.chat_for_thread(77) == 1
    await db.set_staff_thread(1, 78, NOW)
    assert await db.staff_thread(1) == 78 and await db.chat_for_thread(77) is None
    await db.set_staff_thread(1, None, NOW)
    assert await db.staff_thread(1) is None
    await db.close()


async def test_acknowledge_and_resolve_once_each_with_an_audit_trail(db):
    escalation_id = await concern_for(db)
    assert await db.acknowledge(escalation_id, 10, "Dr Lee", NOW)
    assert not await db.acknowledge(escalation_id, 11, "Sam", NOW + timedelta(minutes=1))
    await db.add_action(escalation_id, NOTE, 10, "Dr Lee", "called, no answer", NOW + timedelta(minutes=2))
    assert await db.resolve(escalation_id, 10, "Dr Lee", "contacted", NOW + timedelta(minutes=3))
    assert not await db.resolve(escalation_id, 11, "Sam", "no-action", NOW + timedelta(minutes=4))
    concern = await db.concern(escalation_id)
    assert concern.state == "resolved" and concern.acknowledged_by == "Dr Lee" and concern.resolution == "contacted"
    trail = [(a.action, a.actor, a.detail) for a in await db.actions(escalation_id)]
    assert trail == [(ACKNOWLEDGED, "Dr Lee", ""), (NOTE, "Dr Lee", "called, no answer"),
                     (RESOLVED, "Dr Lee", "contacted")]
    assert await db.open_concerns() == []


async def test_a_reminder_step_is_claimed_once_and_not_after_acknowledgement(db):
    escalation_id = await concern_for(db)
    assert await db.claim_reminder(escalation_id, 1, NOW)
    assert not await db.claim_reminder(escalation_id, 1, NOW)
    assert not await db.claim_reminder(escalation_id, 3, NOW)
    await db.acknowledge(escalation_id, 10, "Dr Lee", NOW)
    assert not await db.claim_reminder(escalation_id, 2, NOW)
    assert [a.detail for a in await db.actions(escalation_id) if a.action == REMINDER] == ["1"]


async def test_current_concern_prefers_the_oldest_unresolved(db):
    first = await concern_for(db)
    second = await db.add_escalation(NewEscalation(1, "contact", "Pat", 4, "red", "redness"), NOW)
    assert (await db.current_concern(1)).id == first
    await db.resolve(first, 1, "x", "no-action", NOW)
    assert (await db.current_concern(1)).id == second
    await db.resolve(second, 1, "x", "no-action", NOW)
    assert (await db.current_concern(1)).id == second
    assert [c.id for c in await db.concerns(1)] == [first, second]


async def test_forget_erases_the_reference_threads_cards_and_trail(db):
    escalation_id = await concern_for(db)
    await db.set_staff_thread(1, 77, NOW)
    await db.card_sent(escalation_id, 555, NOW)
    await db.map_staff_message(556, 1, escalation_id)
    await db.add_action(escalation_id, NOTE, 10, "Dr Lee", "internal", NOW)
    assert await db.rows_about(1) > 0
    await db.forget(1, NOW)
    assert await db.rows_about(1) == 0
    assert await db.patient_by_ref("A123") is None
    assert await db.staff_thread(1) is None and await db.chat_for_staff_message(556) is None


async def test_stats_rows_cover_the_period(db):
    old = await concern_for(db, chat_id=2, level="contact")
    recent = await concern_for(db)
    await db.claim_checkin(1, 1, NOW)
    await db.answer_checkin(1, 1, "good", NOW)
    rows = await db.stats_rows(NOW - timedelta(days=1))
    assert len(rows.patients) == 2 and rows.checkins == [(1, NOW, True)]
    assert {c.id for c in rows.concerns} == {old, recent}
    assert (await db.stats_rows(NOW + timedelta(days=1))).concerns == []


async def test_the_topic_name_is_kept_with_the_thread(db):
    await db.set_staff_thread(1, 77, NOW, "Pat · A123 · day 3")
    assert await db.staff_thread_name(1) == "Pat · A123 · day 3"
    await db.rename_staff_thread(1, "Pat · A123 · day 4")
    assert await db.staff_thread_name(1) == "Pat · A123 · day 4" and await db.staff_thread(1) == 77
    assert await db.staff_thread_name(2) is None
