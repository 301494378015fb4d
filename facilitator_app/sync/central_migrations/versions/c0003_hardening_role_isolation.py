"""Role isolation on PostgreSQL: a facilitator's role cannot disturb another group.

- ``central_counter`` only grows, keeps its one row, and a facilitator's role may raise
  it by at most what one push can use: no role can rewind or seize what orders and
  delivers every group's versions.
- A stored payload must name the row's own id and group (CHECK constraints): the
  columns row-level security checked are the truth, never the JSON.
- Attendance, dot votes and timer events have no group of their own: a deferred
  constraint trigger checks that the row's parent (participant, vote round, agenda
  item) is in the row's group, as the writing role can see it.
- Participants and their attendance are read only by the roles of their group.

SQLite central stores have no roles (whoever opens the file may change all of it), so
this migration changes nothing there; the readers check payloads against columns too.

Revision ID: c0002_hardening
Revises: c0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c0002_hardening"
down_revision: str | None = "c0002_deliver"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTED = "group_id IN (SELECT g.group_id FROM central_grant g WHERE g.role_name = current_user)"
# A facilitator's push numbers at most 5,000 entries and their conflicts per transaction.
MAX_STEP = 1_000_000
# Tables whose payload carries the group the row belongs to.
GROUP_IN_PAYLOAD = ("participant", "agenda_item", "cluster", "idea", "vote_round")
WORKSHOP_WIDE = ("workshop", "session")
# Rows whose group is their parent's: (table, parent table, payload field naming it).
VIA_PARENT = (
    ("attendance", "participant", "participant_id"),
    ("dot_vote", "vote_round", "round_id"),
    ("timer_event", "agenda_item", "agenda_item_id"),
)
ENTITY_TABLES = (
    *WORKSHOP_WIDE,
    "breakout_group",
    *GROUP_IN_PAYLOAD,
    *(t for t, _p, _f in VIA_PARENT),
)


def upgrade() -> None:
    """Apply this migration (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    # Functions resolve tables in this schema only: a role's temporary table named
    # "participant" must not stand in for the real one inside a check.
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f'SET search_path = pg_catalog, "{schema}", pg_temp'
    _counter_guard(path)
    _payload_checks()
    _parent_checks(path)
    for table in ("participant", "attendance"):
        op.execute(f"DROP POLICY {table}_read ON {table}")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({GRANTED})")


def _counter_guard(path: str) -> None:
    op.execute(
        f"""
        CREATE FUNCTION central_counter_guard() RETURNS trigger LANGUAGE plpgsql {path} AS $$
        BEGIN
          IF TG_OP <> 'UPDATE' OR NEW.name IS DISTINCT FROM OLD.name
             OR NEW.value < OLD.value THEN
            RAISE EXCEPTION 'central_counter only grows; its row stays'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF NEW.value - OLD.value > {MAX_STEP} AND NOT pg_has_role(
               current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
          THEN
            RAISE EXCEPTION 'a facilitator role may raise central_counter by at most {MAX_STEP}'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NEW;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER central_counter_guard BEFORE INSERT OR UPDATE OR DELETE "
        "ON central_counter FOR EACH ROW EXECUTE FUNCTION central_counter_guard()"
    )
    op.execute(
        "CREATE TRIGGER central_counter_no_truncate BEFORE TRUNCATE ON central_counter "
        "FOR EACH STATEMENT EXECUTE FUNCTION central_counter_guard()"
    )


def _payload_checks() -> None:
    same_id = "(payload::jsonb ->> 'id')::uuid IS NOT DISTINCT FROM id"
    for table in ENTITY_TABLES:
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_payload_id CHECK ({same_id})")
    for table in GROUP_IN_PAYLOAD:
        op.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_payload_group CHECK "
            "((payload::jsonb ->> 'group_id')::uuid IS NOT DISTINCT FROM group_id)"
        )
    op.execute(
        "ALTER TABLE breakout_group ADD CONSTRAINT ck_breakout_group_own_group "
        "CHECK (group_id = id)"
    )
    for table in WORKSHOP_WIDE:
        op.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_no_group CHECK (group_id IS NULL)"
        )


def _parent_checks(path: str) -> None:
    # Deferred to the commit: a push writes a batch table by table, not parent first.
    op.execute(
        f"""
        CREATE FUNCTION central_parent_group_check() RETURNS trigger LANGUAGE plpgsql {path}
        AS $$
        DECLARE
          parent uuid := (NEW.payload::jsonb ->> TG_ARGV[1])::uuid;
          found boolean;
          parent_group uuid;
        BEGIN
          EXECUTE format('SELECT true, group_id FROM %I WHERE id = $1', TG_ARGV[0])
            INTO found, parent_group USING parent;
          IF found IS NULL OR parent_group IS DISTINCT FROM NEW.group_id THEN
            RAISE EXCEPTION '% row % names % %, which is not in the row''s group',
              TG_TABLE_NAME, NEW.id, TG_ARGV[0], parent
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NULL;
        END $$
        """
    )
    for table, parent, field in VIA_PARENT:
        op.execute(
            f"CREATE CONSTRAINT TRIGGER {table}_parent_group AFTER INSERT OR UPDATE ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION central_parent_group_check('{parent}', '{field}')"
        )


def downgrade() -> None:
    """Revert this migration."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("participant", "attendance"):
        op.execute(f"DROP POLICY {table}_read ON {table}")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)")
    for table, _parent, _field in VIA_PARENT:
        op.execute(f"DROP TRIGGER {table}_parent_group ON {table}")
    op.execute("DROP FUNCTION central_parent_group_check()")
    for table in ENTITY_TABLES:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT ck_{table}_payload_id")
    for table in GROUP_IN_PAYLOAD:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT ck_{table}_payload_group")
    op.execute("ALTER TABLE breakout_group DROP CONSTRAINT ck_breakout_group_own_group")
    for table in WORKSHOP_WIDE:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT ck_{table}_no_group")
    op.execute("DROP TRIGGER central_counter_no_truncate ON central_counter")
    op.execute("DROP TRIGGER central_counter_guard ON central_counter")
    op.execute("DROP FUNCTION central_counter_guard()")
