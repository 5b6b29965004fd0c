"""The desktop start's path stays light (issue 15): it imports no app.api, and opening the database and
starting the change feed configure no ORM mapper (they read with Core), so that work waits until after the
first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.db import Database


def test_opening_the_database_and_the_feed_configures_no_mapper_and_imports_no_api(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'start.db'}"
    Database(url).dispose()  # created, migrated, ready setup written: the next open only checks
    code = (
        "import sys; import app.__main__; from app.db import Database; from app.remote import ChangeFeed; "
        "from app.models import Base; "
        f"db = Database({url!r}); feed = ChangeFeed(db); "
        "print('app.api' in sys.modules, all(m.configured for m in Base.registry.mappers)); "
        "feed.close(); db.dispose()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "False"]
