"""A loopback fake of the Telegram Bot API, strict where Telegram is strict.

It serves HTTP/1.1 on 127.0.0.1 (a random port) and implements getMe, deleteWebhook, getUpdates
(long polling with offsets), sendMessage, editMessageText, editMessageReplyMarkup, answerCallbackQuery
and setMyCommands. Parameters are checked against the Bot API specification (bot_api_subset.json):
missing required parameters, wrong types, text over 4096 characters after entity parsing, HTML Telegram
cannot parse, callback data over 64 bytes, unknown chats and unanswered callback ids are rejected
with 400 as Telegram would.

Tests can make it misbehave the way Telegram does (`fault`: any status code and description, per method
and chat, for a number of calls or a number of seconds, slow answers, requests lost in flight), answer a
long poll with 409 Conflict when another poller takes over (`exclusive_polling`), send edited messages,
watch every request as it arrives (`watch`) and count them afterwards (`requests`).

Group chats (add_group) model the clinic's staff chat: forum supergroups with topics (createForumTopic,
editForumTopic, closeForumTopic; message_thread_id on sent and incoming messages; a deleted topic answers
"message thread not found"), members and the bot's own rights (getChat, getChatMember), replies
(reply_parameters), commands per scope (setMyCommands with a BotCommandScopeChat) and users who blocked
the bot (403).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

SPEC = json.loads((Path(__file__).with_name("bot_api_subset.json")).read_text())
HOST = "127.0.0.1"
BOT_ID = 777000111
BOT_USERNAME = "aftercare_test_bot"
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
                "blockquote", "tg-emoji"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_ENTITY_TEXT = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
DESCRIPTIONS = {
    400: "Bad Request",
    403: "Forbidden: bot was kicked from the supergroup chat",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    429: "Too Many Requests: retry after 1",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
DROP = "drop"  # a request lost in flight: the connection closes without an answer


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """The visible text of Telegram-HTML, or ApiError 400 as Telegram answers for what it can't parse."""
    visible: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            match = _TAG.match(text, i)
            if match is None:
                raise ApiError(400, f"Bad Request: can't parse entities: unsupported start tag at byte offset {i}")
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in ALLOWED_TAGS:
                raise ApiError(400, f'Bad Request: can\'t parse entities: unsupported start tag "{name}"')
            if closing:
                if not stack or stack[-1] != name:
                    raise ApiError(400, f'Bad Request: can\'t parse entities: unmatched end tag "{name}"')
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif ch == "&":
            match = _ENTITY.match(text, i)
            if match is None:
                raise ApiError(400, "Bad Request: can't parse entities: unsupported HTML entity")
            ref = match.group(1)
            visible.append(_ENTITY_TEXT.get(ref) or chr(int(ref[2:], 16) if ref[1:2] == "x" else int(ref[1:])))
            i = match.end()
        elif ch == ">":
            raise ApiError(400, "Bad Request: can't parse entities: unexpected end of tag")
        else:
            visible.append(ch)
            i += 1
    if stack:
        raise ApiError(400, f'Bad Request: can\'t parse entities: can\'t find end tag corresponding to "{stack[-1]}"')
    return "".join(visible)


@dataclass
class Fault:
    """How the fake misbehaves for matching calls: wait `delay` seconds, then answer `status` (None: answer
    normally, only late) or close the connection unanswered (`drop`). Active for `times` calls (None: any
    number) and until the monotonic `until` (None: no end)."""

    method: str
    chat_id: int | None = None
    status: int | None = None
    description: str | None = None
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    times: int | None = None
    until: float | None = None
    hits: int = 0

    def active(self) -> bool:
        return (self.times is None or self.hits < self.times) and (self.until is None or time.monotonic() < self.until)


@dataclass
class Call:
    """One request as the fake received it; `status` is filled in when answered (None: dropped or pending)."""

    method: str
    params: dict[str, Any]
    started: float = field(default_factory=time.monotonic)
    ended: float | None = None
    status: int | None = None

    @property
    def chat_id(self) -> int | None:
        chat = str(self.params.get("chat_id", ""))
        return int(chat) if chat.lstrip("-").isdigit() else None


@dataclass
class SentMessage:
    chat_id: int
    message_id: int
    text: str
    html: str
    reply_markup: dict[str, Any] | None
    sent_at: float = field(default_factory=time.monotonic)
    thread_id: int | None = None
    reply_to: int | None = None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


@dataclass
class Group:
    """A group or supergroup the bot is in: members by user id -> status, topics by thread id -> name."""

    chat_id: int
    title: str
    forum: bool
    bot_status: str = "administrator"
    can_manage_topics: bool = True
    members: dict[int, str] = field(default_factory=dict)
    topics: dict[int, str] = field(default_factory=dict)
    closed: set[int] = field(default_factory=set)


class FakeBotApi:
    def __init__(self, token: str = "123456:TEST-token-not-real") -> None:
        self.token = token
        self.port = 0
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.requests: list[Call] = []
        self.faults: list[Fault] = []
        self.exclusive_polling = False
        self.incoming: dict[int, dict[str, Any]] = {}
        self.sent: list[SentMessage] = []
        self.commands: list[dict[str, str]] = []
        self.answered_callbacks: dict[str, dict[str, Any]] = {}
        self.rejected: list[tuple[str, str]] = []
        self.chats: set[int] = set()
        self.groups: dict[int, Group] = {}
        self.scoped_commands: dict[int, list[dict[str, str]]] = {}  # chat id -> commands of its chat scope
        self.blocked: set[int] = set()
        self.copyable: dict[tuple[int, int], dict[str, Any]] = {}  # private messages pushed, for copyMessage
        self._thread_ids = itertools.count(500)
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._callback_ids = itertools.count(1)
        self._pending_callbacks: set[str] = set()
        self._watchers: list[tuple[Callable[[Call], None], bool]] = []
        self._poll_generation = 0
        self._displaced = 0
        self._new = asyncio.Condition()
        self._changed = asyncio.Condition()
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()

    # -- lifecycle ---------------------------------------------------------------------------------

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, HOST, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._connections):
                writer.close()
            await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/bot"

    # -- what the tests drive ----------------------------------------------------------------------

    def add_chat(self, chat_id: int) -> None:
        self.chats.add(chat_id)

    def add_group(self, chat_id: int, *, forum: bool = True, title: str = "Clinic staff",
                  bot_status: str = "administrator", can_manage_topics: bool = True,
                  members: dict[int, str] | None = None) -> Group:
        """A staff chat: a forum supergroup (or an ordinary group) with the bot in it and these members."""
        self.chats.add(chat_id)
        group = Group(chat_id, title, forum, bot_status, can_manage_topics, dict(members or {}))
        self.groups[chat_id] = group
        return group

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """A staff member deletes a forum topic."""
        self.groups[chat_id].topics.pop(thread_id, None)

    async def group_message(self, chat_id: int, user_id: int, text: str, *, thread_id: int | None = None,
                            reply_to: SentMessage | None = None, first_name: str = "Sam") -> int:
        """A member writes in a group (in a forum topic, or as a reply to one of the bot's messages)."""
        group = self.groups[chat_id]
        body: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": "supergroup" if group.forum else "group", "title": group.title,
                     **({"is_forum": True} if group.forum else {})},
            "from": {"id": user_id, "is_bot": False, "first_name": first_name},
        }
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if thread_id is not None:
            body["message_thread_id"] = thread_id
            body["is_topic_message"] = True
        if reply_to is not None:
            body["reply_to_message"] = self._message_json(reply_to)
        elif thread_id is not None:  # Telegram: a message in a topic replies to the topic's creation message
            body["reply_to_message"] = {"message_id": thread_id, "date": int(time.time()),
                                        "chat": body["chat"], "message_thread_id": thread_id,
                                        "forum_topic_created": {"name": group.topics.get(thread_id, "?"),
                                                                "icon_color": 0x6FB9F0}}
        return await self.push("message", body)

    def fail(self, method: str, status: int, times: int = 1, retry_after: int | None = None,
             chat_id: int | None = None, description: str | None = None) -> None:
        """Answer the next `times` calls of `method` (to `chat_id`, if given) with `status`; 429s carry retry_after.
        Injected failures are the test's doing, so they are not counted in `rejected`."""
        self.fault(method, status, times=times, retry_after=retry_after, chat_id=chat_id, description=description)

    def delay(self, method: str, seconds: float, chat_id: int | None = None) -> None:
        """Make `method` (to `chat_id`, if given) answer `seconds` late; the call still takes effect. 0 ends it."""
        self.faults = [f for f in self.faults if not (f.method == method and f.chat_id == chat_id
                                                      and f.status is None and not f.drop)]
        if seconds:
            self.fault(method, delay=seconds, chat_id=chat_id)

    def fault(self, method: str, status: int | None = None, *, description: str | None = None,
              delay: float = 0.0, drop: bool = False, times: int | None = None, seconds: float | None = None,
              chat_id: int | None = None, retry_after: int | None = None) -> Fault:
        """Misbehave for calls of `method` (to `chat_id`, if given): see `Fault`. Faults for a chat come first,
        then in the order added; `times` and `seconds` both unset means until `clear_faults`."""
        fault = Fault(method, chat_id, status, description, retry_after, delay, drop, times,
                      None if seconds is None else time.monotonic() + seconds)
        self.faults.append(fault)
        return fault

    def clear_faults(self, method: str | None = None) -> None:
        self.faults = [f for f in self.faults if method is not None and f.method != method]

    def conflict(self, times: int | None = None) -> Fault:
        """Answer getUpdates with 409 Conflict, as Telegram does while another instance polls: a long poll
        waiting now is ended with 409 at once, and the next `times` polls get 409 too."""
        fault = self.fault("getUpdates", 409, times=times)
        self._displaced += 1
        asyncio.get_running_loop().create_task(self._wake_polls())
        return fault

    async def _wake_polls(self) -> None:
        async with self._new:
            self._new.notify_all()

    def watch(self, hook: Callable[[Call], None], *, after: bool = False) -> None:
        """Call `hook` with every request as it arrives (or, with `after`, once it was handled and recorded,
        before the answer is written): e.g. to kill the bot at an exact moment."""
        self._watchers.append((hook, after))

    def _fault(self, call: Call, errors: bool) -> Fault | None:
        """The fault that applies to this call: an error (or lost request) if `errors`, else a slow answer."""
        for fault in sorted(self.faults, key=lambda f: f.chat_id is None):
            if (fault.method == call.method and fault.chat_id in (None, call.chat_id) and fault.active()
                    and (fault.status is not None or fault.drop) == errors):
                fault.hits += 1
                return fault
        return None

    async def push(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        async with self._new:
            self._updates.append({"update_id": update_id, kind: payload})
            self._new.notify_all()
        return update_id

    async def message(self, chat_id: int, text: str | None = None, first_name: str = "Ana",
                      edited: bool = False, message_id: int | None = None, **content: Any) -> int:
        """Push a message from a private chat; `edited` with the `message_id` of an earlier one edits it."""
        self.add_chat(chat_id)
        user = {"id": chat_id, "is_bot": False, "first_name": first_name}
        body: dict[str, Any] = {"message_id": message_id or next(self._message_ids), "date": int(time.time()),
                                "chat": {"id": chat_id, "type": "private", "first_name": first_name},
                                "from": user, **content}
        if text is not None:
            body["text"] = text
            if text.startswith("/"):
                body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if edited:
            body["edit_date"] = int(time.time())
        self.copyable[(chat_id, body["message_id"])] = body
        update_id = await self.push("edited_message" if edited else "message", body)
        self.incoming[update_id] = body
        return update_id

    async def edit(self, update_id: int, text: str) -> int:
        """The patient edits the message sent as update `update_id`: an edited_message update, same message_id."""
        body = {**self.incoming[update_id], "text": text, "edit_date": int(time.time())}
        body.pop("entities", None)
        return await self.push("edited_message", body)

    async def tap(self, message: SentMessage, data: str, first_name: str = "Ana", chat_type: str = "private",
                  user_id: int | None = None) -> str:
        """Press an inline button of a message the bot sent (any data, to test junk and forgeries too;
        `chat_type` "group" presents the message as one in a group chat; `user_id` says who pressed it)."""
        callback_id = str(next(self._callback_ids))
        self._pending_callbacks.add(callback_id)
        user = {"id": abs(message.chat_id) if user_id is None else user_id, "is_bot": False,
                "first_name": first_name}
        shown = self._message_json(message)
        if chat_type != "private":
            shown["chat"] = {"id": message.chat_id, "type": chat_type, "title": "A group"}
        await self.push("callback_query", {"id": callback_id, "from": user, "chat_instance": "ci", "data": data,
                                           "message": shown})
        return callback_id

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == chat_id]

    async def wait_for(self, predicate: Any, timeout: float = 10.0) -> Any:
        """Wait until predicate(self) is truthy and return its value."""
        deadline = asyncio.get_running_loop().time() + timeout
        async with self._changed:
            while not (result := predicate(self)):
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    raise AssertionError(f"timed out; the bot sent: {[m.text[:80] for m in self.sent][-8:]}")
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    continue
            return result

    async def wait_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[SentMessage]:
        return await self.wait_for(lambda f: len(f.messages_to(chat_id)) >= count and f.messages_to(chat_id),
                                   timeout)

    # -- HTTP --------------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections.add(writer)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                target, headers, body = request
                answer = await self._dispatch(target, headers, body)
                if answer == DROP:
                    break
                status, payload = answer
                data = json.dumps(payload).encode()
                head = (f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(data)}\r\n\r\n")
                writer.write(head.encode() + data)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(writer)
            writer.close()

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes] | None:
        line = await reader.readline()
        if not line.strip():
            return None
        _, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (raw := await reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = raw.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        body = await reader.readexactly(length) if length else b""
        return target, headers, body

    async def _dispatch(self, target: str, headers: dict[str, str],
                        body: bytes) -> tuple[int, dict[str, Any]] | str:
        path = target.split("?", 1)[0]
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix):]
        params = self._params(headers, body)
        self.calls.append((method, params))
        call = Call(method, params)
        self.requests.append(call)
        self._notify(call, after=False)
        answer = await self._answer(call)
        call.ended = time.monotonic()
        if answer != DROP:
            call.status = answer[0]
            self._notify(call, after=True)
        await self._record()
        return answer

    def _notify(self, call: Call, *, after: bool) -> None:
        for hook, when in list(self._watchers):
            if when == after:
                hook(call)

    async def _answer(self, call: Call) -> tuple[int, dict[str, Any]] | str:
        try:
            error = self._fault(call, errors=True)
            if error is not None:
                await asyncio.sleep(error.delay)
                if error.drop:
                    return DROP
                assert error.status is not None
                params_out = {"retry_after": error.retry_after} if error.retry_after is not None else None
                raise ApiError(error.status, error.description or DESCRIPTIONS.get(error.status, "Error"), params_out)
            slow = self._fault(call, errors=False)
            if slow is not None:
                await asyncio.sleep(slow.delay)
            handler = getattr(self, f"_m_{call.method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            try:
                self._validate(call.method, call.params)
                result = await handler(call.params)
            except ApiError as exc:
                if exc.code == 400:
                    self.rejected.append((call.method, exc.description))
                raise
        except ApiError as exc:
            answer: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                answer["parameters"] = exc.parameters
            return exc.code, answer
        return 200, {"ok": True, "result": result}

    @staticmethod
    def _params(headers: dict[str, str], body: bytes) -> dict[str, Any]:
        if not body:
            return {}
        if headers.get("content-type", "").startswith("application/json"):
            return json.loads(body)
        return dict(parse_qsl(body.decode(), keep_blank_values=True))

    # -- validation against the specification ------------------------------------------------------

    def _validate(self, method: str, params: dict[str, Any]) -> None:
        spec = SPEC["methods"].get(method)
        if spec is None:
            return
        for f in spec["fields"]:
            value = params.get(f["name"])
            if value is None or value == "":
                if f["required"]:
                    raise ApiError(400, f"Bad Request: parameter \"{f['name']}\" is required")
                continue
            params[f["name"]] = self._typed(f["name"], f["types"], value)

    def _typed(self, name: str, types: list[str], value: Any) -> Any:
        if "Integer" in types and "String" not in types:
            try:
                return int(value)
            except (TypeError, ValueError):
                raise ApiError(400, f"Bad Request: field \"{name}\" must be an Integer") from None
        if types == ["Boolean"]:
            if str(value).lower() not in ("true", "false", "1", "0"):
                raise ApiError(400, f"Bad Request: field \"{name}\" must be a Boolean")
            return str(value).lower() in ("true", "1")
        if types == ["String"] or ("Integer" in types and "String" in types):
            return value
        parsed = json.loads(value) if isinstance(value, str) else value
        for type_name in types:
            inner = type_name.removeprefix("Array of ")
            if inner in SPEC["types"]:
                items = parsed if type_name.startswith("Array of ") else [parsed]
                if not isinstance(items, list):
                    raise ApiError(400, f"Bad Request: field \"{name}\" must be an Array")
                for item in items:
                    self._check_object(inner, item)
        return parsed

    def _check_object(self, type_name: str, obj: Any) -> None:
        if type_name == "InlineKeyboardMarkup":
            rows = obj.get("inline_keyboard") if isinstance(obj, dict) else None
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise ApiError(400, "Bad Request: field \"inline_keyboard\" must be an Array of Arrays")
            for button in (b for row in rows for b in row):
                self._check_object("InlineKeyboardButton", button)
            return
        if not isinstance(obj, dict):
            raise ApiError(400, f"Bad Request: can't parse {type_name}: object expected")
        for f in SPEC["types"][type_name]["fields"]:
            if f["required"] and f["name"] not in obj:
                raise ApiError(400, f"Bad Request: can't parse {type_name}: field \"{f['name']}\" is required")
        if type_name == "InlineKeyboardButton":
            if not obj.get("text"):
                raise ApiError(400, "Bad Request: inline keyboard button text must be non-empty")
            data = obj.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            actions = [k for k in obj if k not in ("text", "icon_custom_emoji_id", "style")]
            if len(actions) != 1:
                raise ApiError(400, "Bad Request: inline keyboard button must have exactly one action")
        valid_command = re.fullmatch(r"[a-z0-9_]{1,32}", str(obj.get("command"))) and 1 <= len(
            str(obj.get("description"))) <= 256
        if type_name == "BotCommand" and not valid_command:
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")

    def _text(self, params: dict[str, Any]) -> tuple[str, str]:
        raw = params.get("text", "")
        visible = parse_html(raw) if str(params.get("parse_mode", "")).upper() == "HTML" else raw
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if units(visible) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return raw, visible

    def _chat(self, params: dict[str, Any]) -> int:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _message_json(self, message: SentMessage) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": message.message_id, "date": int(time.time()), "text": message.text,
            "chat": {"id": message.chat_id, "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Aftercare", "username": BOT_USERNAME},
        }
        group = self.groups.get(message.chat_id)
        if group is not None:
            data["chat"] = {"id": group.chat_id, "type": "supergroup" if group.forum else "group",
                            "title": group.title, **({"is_forum": True} if group.forum else {})}
        if message.thread_id is not None:
            data["message_thread_id"] = message.thread_id
            data["is_topic_message"] = True
        if message.reply_markup:
            data["reply_markup"] = message.reply_markup
        return data

    async def _record(self, message: SentMessage | None = None) -> None:
        if message is not None:
            self.sent.append(message)
        async with self._changed:
            self._changed.notify_all()

    # -- methods -----------------------------------------------------------------------------------

    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Aftercare", "username": BOT_USERNAME,
                "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_setMyCommands(self, params: dict[str, Any]) -> bool:
        scope = params.get("scope") or {"type": "default"}
        if scope.get("type") == "chat":
            self.scoped_commands[self._chat({"chat_id": scope.get("chat_id")})] = params["commands"]
        elif scope.get("type") == "default":
            self.commands = params["commands"]
        else:
            raise ApiError(400, "Bad Request: unsupported scope in this fake")
        await self._record()
        return True

    def _group(self, params: dict[str, Any]) -> Group:
        chat_id = self._chat(params)
        if chat_id not in self.groups:
            raise ApiError(400, "Bad Request: chat not found")
        return self.groups[chat_id]

    def _topic_rights(self, group: Group) -> None:
        if not group.forum:
            raise ApiError(400, "Bad Request: the chat is not a forum")
        if group.bot_status != "creator" and not (group.bot_status == "administrator" and group.can_manage_topics):
            raise ApiError(400, "Bad Request: not enough rights to manage topics")

    async def _m_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        group = self.groups.get(chat_id)
        base = {"id": chat_id, "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                                        "premium_subscription": False, "gifts_from_channels": False}}
        if group is None:
            return {**base, "type": "private"}
        if group.bot_status in ("left", "kicked"):
            raise ApiError(400, "Bad Request: chat not found")
        return {**base, "type": "supergroup" if group.forum else "group", "title": group.title,
                **({"is_forum": True} if group.forum else {})}

    async def _m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        user_id = int(params["user_id"])
        user = {"id": user_id, "is_bot": user_id == BOT_ID, "first_name": "Aftercare" if user_id == BOT_ID else "U"}
        status = group.bot_status if user_id == BOT_ID else group.members.get(user_id, "left")
        if status == "administrator":
            rights = dict.fromkeys(("can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                                    "can_restrict_members", "can_promote_members", "can_change_info",
                                    "can_invite_users", "can_post_stories", "can_edit_stories",
                                    "can_delete_stories", "can_pin_messages"), True)
            return {"status": status, "user": user, "can_be_edited": False, "is_anonymous": False, **rights,
                    "can_manage_topics": group.can_manage_topics if user_id == BOT_ID else True}
        if status == "kicked":
            return {"status": status, "user": user, "until_date": 0}
        return {"status": status, "user": user}

    async def _m_createForumTopic(self, params: dict[str, Any]) -> dict[str, Any]:
        group = self._group(params)
        self._topic_rights(group)
        name = str(params["name"])
        if not 1 <= len(name) <= 128:
            raise ApiError(400, "Bad Request: TOPIC_NAME_INVALID")
        thread_id = next(self._thread_ids)
        group.topics[thread_id] = name
        await self._record()
        return {"message_thread_id": thread_id, "name": name, "icon_color": 0x6FB9F0}

    def _topic(self, params: dict[str, Any]) -> tuple[Group, int]:
        group = self._group(params)
        self._topic_rights(group)
        thread_id = int(params["message_thread_id"])
        if thread_id not in group.topics:
            raise ApiError(400, "Bad Request: message thread not found")
        return group, thread_id

    async def _m_editForumTopic(self, params: dict[str, Any]) -> bool:
        group, thread_id = self._topic(params)
        name = params.get("name")
        if name is not None:
            if not 1 <= len(str(name)) <= 128:
                raise ApiError(400, "Bad Request: TOPIC_NAME_INVALID")
            if group.topics[thread_id] == name:
                raise ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
            group.topics[thread_id] = str(name)
        await self._record()
        return True

    async def _m_closeForumTopic(self, params: dict[str, Any]) -> bool:
        group, thread_id = self._topic(params)
        if thread_id in group.closed:
            raise ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
        group.closed.add(thread_id)
        await self._record()
        return True

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        self._poll_generation += 1
        generation, displaced = self._poll_generation, self._displaced
        async with self._new:
            if self.exclusive_polling:
                self._new.notify_all()  # a poll still waiting is answered 409 by the one that took over
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new.wait(), timeout)
            if displaced != self._displaced or (self.exclusive_polling and generation != self._poll_generation):
                raise ApiError(409, DESCRIPTIONS[409])
            return self._updates[:limit]

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        raw, visible = self._text(params)
        thread_id = params.get("message_thread_id")
        group = self.groups.get(chat_id)
        if thread_id is not None and (group is None or not group.forum or thread_id not in group.topics):
            raise ApiError(400, "Bad Request: message thread not found")
        reply = params.get("reply_parameters")
        reply_to = int(reply["message_id"]) if reply else None
        if reply_to is not None and not reply.get("allow_sending_without_reply") and not any(
                m.chat_id == chat_id and m.message_id == reply_to for m in self.sent):
            raise ApiError(400, "Bad Request: message to be replied not found")
        message = SentMessage(chat_id, next(self._message_ids), visible, raw, params.get("reply_markup"),
                              thread_id=thread_id, reply_to=reply_to)
        await self._record(message)
        return self._message_json(message)

    async def _m_copyMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        """Copies a patient's message (kept by message()) into a chat; the copy's text names what it holds."""
        chat_id = self._chat(params)
        source = self.copyable.get((int(params["from_chat_id"]), int(params["message_id"])))
        if source is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        if any(k in source for k in ("poll", "dice")):
            raise ApiError(400, "Bad Request: the message can't be copied")
        thread_id = params.get("message_thread_id")
        group = self.groups.get(chat_id)
        if thread_id is not None and (group is None or not group.forum or thread_id not in group.topics):
            raise ApiError(400, "Bad Request: message thread not found")
        kind = next((k for k in ("photo", "voice", "video", "document", "sticker", "location") if k in source), "")
        text = source.get("text") or f"[{kind}] {source.get('caption', '')}".strip()
        reply = params.get("reply_parameters")
        message = SentMessage(chat_id, next(self._message_ids), text, text, params.get("reply_markup"),
                              thread_id=thread_id, reply_to=int(reply["message_id"]) if reply else None)
        await self._record(message)
        return {"message_id": message.message_id}

    def _find(self, params: dict[str, Any]) -> SentMessage:
        chat_id = self._chat(params)
        message_id = int(params.get("message_id") or 0)
        for message in self.sent:
            if message.chat_id == chat_id and message.message_id == message_id:
                return message
        raise ApiError(400, "Bad Request: message to edit not found")

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._find(params)
        raw, visible = self._text(params)
        markup = params.get("reply_markup")
        if visible == message.text and markup == message.reply_markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.text, message.html, message.reply_markup = visible, raw, markup
        await self._record()
        return self._message_json(message)

    async def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._find(params)
        message.reply_markup = params.get("reply_markup")
        await self._record()
        return self._message_json(message)

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        callback_id = str(params["callback_query_id"])
        if callback_id not in self._pending_callbacks:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._pending_callbacks.discard(callback_id)
        self.answered_callbacks[callback_id] = params
        await self._record()
        return True
