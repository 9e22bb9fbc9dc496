"""Settings, loaded once from the environment or .env."""

from __future__ import annotations

import os


def knowledge_dir_from_env() -> str | None:
    return os.environ.get("KNOWLEDGE_DIR") or None
