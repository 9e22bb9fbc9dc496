"""The command line: ask, ask --jsonl, eval, check-kb and chat, as a clinic or a tool uses them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


def test_ask_prints_a_personal_answer(capsys):
    assert cli.main(["ask", "can I wear makeup?", "--hours-since", "30"]) == 0
    assert "makeup is fine now" in capsys.readouterr().out


def test_ask_without_text_is_a_usage_error(capsys):
    assert cli.main(["ask"]) == 2
    assert "Give a question" in capsys.readouterr().err


def test_bad_hours_is_rejected_clearly():
    result = run_cli("ask", "makeup?", "--hours-since", "soon")
    assert result.returncode == 2 and "not a number of hours" in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_jsonl_keeps_order_and_shape(monkeypatch, capsys):
    lines = [{"text": "Can I wear makeup?", "hours_since": 3}, {"text": "my tongue is swelling"},
             {"text": "can I drink wine"}, {"text": "what if my lips swell?"}]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n"))
    assert cli.main(["ask", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["topic"] for o in out][::2] == ["makeup", None]
    assert [o["level"] for o in out] == ["none", "emergency", "none", "emergency"]
    assert [o["report"] for o in out] == [False, True, False, False]  # a hypothetical is not a report
    assert out[0]["allowed_now"] is False and out[2]["allowed_now"] is None
    for o in out:
        assert set(o) == {"topic", "level", "allowed_now", "asked_for_hours", "report", "answer", "confidence"}
    assert out[0]["asked_for_hours"] is None and out[1]["asked_for_hours"] is None


def test_ask_jsonl_judges_the_moment_asked_about(monkeypatch, capsys):
    lines = [{"text": "I have a wedding in 3 days, will I be ok to wear makeup then?", "hours_since": 3},
             {"text": "can I wear makeup tomorrow morning?", "hours_since": 1, "now": "2026-11-25T15:00"},
             {"text": "can I wear makeup on saturday?", "hours_since": 3},
             {"text": "gym?", "hours_since": 3, "now": "25/11/2026"}]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n"))
    monkeypatch.setenv("TIMEZONE", "Europe/London")
    assert cli.main(["ask", "--jsonl", "--now", "2026-11-25T09:00"]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("allowed_now") for o in out[:3]] == [True, False, True]
    assert [o.get("asked_for_hours") for o in out[:3]] == [3 + 15 + 48 + 6, 16, 3 + 15 + 48 + 6]
    assert "from around 14:00 tomorrow" in out[1]["answer"] and "error" in out[3]


def test_ask_with_now_is_deterministic():
    args = ("ask", "makeup for my wedding on the 30th?", "--hours-since", "3", "--now", "2026-11-25T15:00")
    first, second = run_cli(*args), run_cli(*args)
    assert first.returncode == 0 and first.stdout == second.stdout
    assert first.stdout.startswith("Yes: by Monday (day 5)")
    bad = run_cli("ask", "makeup?", "--now", "tomorrow")
    assert bad.returncode == 2 and "--now: expected an ISO local time" in bad.stderr and "Traceback" not in bad.stderr


def test_eval_scores_allowed_now_at_the_moment_asked(tmp_path, capsys):
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join(json.dumps(x) for x in [
        {"text": "can I go to the gym on saturday?", "topic": "sweating", "hours_since": 3,
         "now": "2026-11-25T15:00", "allowed_now": True},
        {"text": "gym tomorrow morning?", "topic": "sweating", "hours_since": 3, "allowed_now": False},
        {"text": "beach next week?", "topic": "sun", "hours_since": 3, "allowed_now": True},
    ]))
    assert cli.main(["eval", str(data), "--now", "2026-11-25T15:00"]) == 0
    out = capsys.readouterr().out
    assert "allowed_now accuracy    0.667  (2/3)" in out
    assert "'beach next week?' [hours_since=3]: allowed_now False, expected True" in out
    data.write_text(json.dumps({"text": "gym", "now": "someday"}) + "\n")
    result = run_cli("eval", str(data))
    assert result.returncode != 0 and 'set.jsonl:1: "now" must be an ISO local time' in result.stderr


def test_ask_jsonl_survives_bad_lines(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('not json\n{"text": "sun?"}\n{"hours_since": 3}\n'))
    assert cli.main(["ask", "--jsonl"]) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert len(out) == 3 and out[1]["topic"] == "sun" and "error" in out[0] and "error" in out[2]
    assert "line 1" in captured.err


def test_eval_prints_every_metric_and_misses(tmp_path, capsys):
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join(json.dumps(x) for x in [
        {"text": "Can I wear makeup?", "topic": "makeup", "level": "none", "mentions": ["24"]},
        {"text": "can I wear makeup", "topic": "sun", "level": "none"},
    ]))
    assert cli.main(["eval", str(data)]) == 0
    out = capsys.readouterr().out
    for metric in ("topic accuracy", "out-of-scope fallback", "escalation recall", "emergency recall",
                   "false escalation", "allowed_now accuracy", "mentions found"):
        assert metric in out
    assert "misses: 1" in out and "expected topic ['sun'], got makeup" in out


def test_eval_fails_when_escalation_recall_drops(tmp_path, capsys):
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps({"text": "what is microneedling", "topic": "*", "level": "contact"}) + "\n")
    assert cli.main(["eval", str(data)]) == 1
    assert "MISSED" in capsys.readouterr().out


def test_eval_rejects_broken_files_in_one_line(tmp_path):
    data = tmp_path / "set.jsonl"
    data.write_text('{"text": "ok"}\n{oops\n')
    result = run_cli("eval", str(data))
    assert result.returncode != 0 and "set.jsonl:2: not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_cli("eval", str(tmp_path / "missing.jsonl")).returncode == 2


def test_check_kb_ok_and_broken(kb_copy):
    ok = run_cli("check-kb", str(kb_copy))
    assert ok.returncode == 0 and ok.stdout.startswith("OK:") and "makeup 24 h" in ok.stdout
    path = kb_copy / "topics" / "makeup.yaml"
    path.write_text(path.read_text().replace("hours: 24", "hours: soon"))
    broken = run_cli("check-kb", str(kb_copy))
    assert broken.returncode == 2
    assert "Traceback" not in broken.stderr
    lines = broken.stderr.strip().splitlines()
    assert len(lines) == 1 and "makeup.yaml" in lines[0] and "window.hours" in lines[0]


def test_check_kb_warns_about_examples_another_topic_answers(kb_copy):
    path = kb_copy / "topics" / "hydration.yaml"
    path.write_text(path.read_text().replace("  - should I drink water\n", "  - can I wear mascara tonight\n"))
    result = run_cli("check-kb", str(kb_copy))
    assert result.returncode == 0
    assert "Warning: 1 example phrasing(s)" in result.stdout
    assert "hydration: 'can I wear mascara tonight' -> makeup" in result.stdout


def test_check_kb_flags_numbers_that_disagree_with_the_window(kb_copy):
    path = kb_copy / "topics" / "makeup.yaml"
    text = path.read_text().replace("hours: 24", "hours: 48")
    path.write_text(text.replace("at least {window}", "at least 24 hours"))
    result = run_cli("check-kb", str(kb_copy))
    assert result.returncode == 0
    assert "makeup: answer says 24 hours, but its window is 48 hours (write {window})" in result.stdout


def test_check_kb_flags_phrases_holding_a_filler_word(kb_copy):
    # messages are read without their filler words, so a phrase holding one silently never matches
    path = kb_copy / "triage.yaml"
    path.write_text(path.read_text().replace("persistence: [still,", 'persistence: ["still kinda there", still,', 1))
    result = run_cli("check-kb", str(kb_copy))
    assert result.returncode == 0
    assert "Warning: 1 phrase(s) can never match" in result.stdout
    assert "triage.persistence: 'still kinda there' holds kinda" in result.stdout
    assert "Warning" not in run_cli("check-kb").stdout  # the shipped knowledge base has none


def test_knowledge_dir_setting_is_used(kb_copy, monkeypatch, capsys):
    path = kb_copy / "topics" / "makeup.yaml"
    path.write_text(path.read_text().replace("at least {window}", "at least {window} (clinic rule)"))
    monkeypatch.setenv("KNOWLEDGE_DIR", str(kb_copy))
    assert cli.main(["ask", "can I wear makeup?"]) == 0
    assert "24 hours (clinic rule)" in capsys.readouterr().out


def test_chat_answers_and_sets_hours():
    session = "can I wear makeup\n:hours 30\ncan I wear makeup\n:hours x\nhi\n:quit\n"
    result = run_cli("chat", stdin=session)
    assert result.returncode == 0
    assert "Don't wear makeup for at least 24 hours" in result.stdout
    assert "makeup is fine now" in result.stdout
    assert "Hello!" in result.stdout and "not a number of hours" in result.stdout


@pytest.mark.parametrize("args", [[], ["nonsense"]])
def test_no_command_shows_help(args):
    result = run_cli(*args)
    assert result.returncode == 2 and "usage" in (result.stdout + result.stderr).lower()
