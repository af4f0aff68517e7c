"""sync

Revision ID: 0003_sync
Revises: 0002_field_work
Create Date: 2026-11-28 05:57:58.269126
"""
import sqlalchemy as sa
from alembic import op

revision = '0003_sync'
down_revision = '0002_field_work'
branch_labels = None
depends_on = None


SYNC_TABLES = ("case", "stage_round", "pause", "calendar_day", "calendar_year", "survey", "attachment", "inspection",
               "inspection_result", "rectification_item", "notice")


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('older', sa.Text(), nullable=False),
    sa.Column('newer', sa.Text(), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('vv', sa.Text(), nullable=False),
    sa.Column('lseq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_lseq'), ['lseq'], unique=False)

    op.create_table('sync_package',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('handled_at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sync_peer',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('sent_lseq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_attachment_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_calendar_day_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('calendar_year', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_calendar_year_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_case_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_case_event_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public_key', sa.String(length=100), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('trusted', sa.Boolean(), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('package_seq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('package_hash', sa.String(length=64), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('reported_chain_seq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('reported_chain_head', sa.String(length=64), nullable=False, server_default=sa.text("''")))

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_inspection_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('inspection_result', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_inspection_result_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_notice_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_pause_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('rectification_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_rectification_item_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('stage_round', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_stage_round_lseq'), ['lseq'], unique=False)

    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('lseq', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_survey_lseq'), ['lseq'], unique=False)



    if op.get_bind().dialect.name != "sqlite":
        return  # a server database is made at this schema's head from empty: no older rows to fix up
    # Existing rows: one edit by the device that wrote them; change numbers in rowid order.
    for table in SYNC_TABLES:
        op.execute(f'''UPDATE "{table}" SET vv = json_object(device_id, 1), lseq = rowid''')
    op.execute("UPDATE case_event SET lseq = rowid")
    # calendar rows are the same logical rows on every device: give them the shared natural ids
    import json

    from app.models import natural_id  # lazy: Alembic imports every revision; app code loads when it runs

    seed = natural_id("device", "seed")
    bind = op.get_bind()
    for table, col in (("calendar_day", "day"), ("calendar_year", "year")):
        for rid, key in bind.exec_driver_sql(f"SELECT id, {col} FROM {table}").fetchall():
            bind.exec_driver_sql(f"UPDATE {table} SET id = ? WHERE id = ?", (natural_id(table, key), rid))
    # rows seeded from chinese_calendar are the same on every device (see app.store)
    bind.exec_driver_sql(
        "UPDATE calendar_day SET device_id = ?, hlc = '0000000000000-0000', vv = ? "
        "WHERE id IN (SELECT d.id FROM calendar_day d JOIN calendar_year y ON y.year = CAST(substr(d.day, 1, 4) AS INTEGER) "
        "WHERE y.source = 'chinese_calendar')", (seed, json.dumps({seed: 1}, separators=(",", ":"))))
    bind.exec_driver_sql(
        "UPDATE calendar_year SET device_id = ?, hlc = '0000000000000-0000', vv = ?, loaded_at = '2000-01-01 00:00:00.000000' "
        "WHERE source = 'chinese_calendar'", (seed, json.dumps({seed: 1}, separators=(",", ":"))))


def downgrade() -> None:
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('stage_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_round_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('rectification_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectification_item_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pause_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('inspection_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_result_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('reported_chain_head')
        batch_op.drop_column('reported_chain_seq')
        batch_op.drop_column('package_hash')
        batch_op.drop_column('package_seq')
        batch_op.drop_column('trusted')
        batch_op.drop_column('public_key')

    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_lseq'))
        batch_op.drop_column('lseq')

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('calendar_year', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_year_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_day_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_lseq'))
        batch_op.drop_column('lseq')
        batch_op.drop_column('vv')

    op.drop_table('sync_peer')
    op.drop_table('sync_package')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_lseq'))
    op.drop_table('sync_conflict')
