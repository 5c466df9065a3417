"""credentials and remember-me tokens (local-only)

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('credential',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('previous_hashes', sa.JSON(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('lockouts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('totp_secret', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_credential_user_id_app_user')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_credential'))
    )
    op.create_table('remember_token',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_remember_token_user_id_app_user')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_remember_token'))
    )
    with op.batch_alter_table('remember_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remember_token_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_table('remember_token')
    op.drop_table('credential')
