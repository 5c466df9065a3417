"""sync issues (conflicts and rejected operations), local-only

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_issue',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('mine', sa.JSON(), nullable=True),
    sa.Column('theirs', sa.JSON(), nullable=True),
    sa.Column('winner', sa.String(length=8), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_issue'))
    )
    with op.batch_alter_table('sync_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_issue_op_id'), ['op_id'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_issue')
