"""products and categories, pipelines and their stages, opportunities with product lines and stage spans

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pipeline',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('is_default', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pipeline'))
    )
    with op.batch_alter_table('pipeline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pipeline_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pipeline_owner_id'), ['owner_id'], unique=False)

    op.create_table('product_category',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['product_category.id'], name=op.f('fk_product_category_parent_id_product_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_category'))
    )
    with op.batch_alter_table('product_category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_category_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_category_owner_id'), ['owner_id'], unique=False)

    op.create_table('pipeline_stage',
    sa.Column('pipeline_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('probability', sa.Integer(), server_default='0', nullable=False),
    sa.Column('kind', sa.String(length=8), server_default='open', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['pipeline_id'], ['pipeline.id'], name=op.f('fk_pipeline_stage_pipeline_id_pipeline')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pipeline_stage'))
    )
    with op.batch_alter_table('pipeline_stage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pipeline_stage_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pipeline_stage_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pipeline_stage_pipeline_id'), ['pipeline_id'], unique=False)

    op.create_table('product',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=20), server_default='', nullable=False),
    sa.Column('list_price', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.text('1'), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['category_id'], ['product_category.id'], name=op.f('fk_product_category_id_product_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_product_live_code', ['code'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_product_owner_id'), ['owner_id'], unique=False)

    op.create_table('opportunity',
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('pipeline_id', sa.Uuid(), nullable=False),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('probability', sa.Integer(), server_default='0', nullable=False),
    sa.Column('status', sa.String(length=8), server_default='open', nullable=False),
    sa.Column('stage_entered_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('competitors', sa.String(length=300), server_default='', nullable=False),
    sa.Column('loss_reason', sa.String(length=300), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_opportunity_customer_id_customer')),
    sa.ForeignKeyConstraint(['pipeline_id'], ['pipeline.id'], name=op.f('fk_opportunity_pipeline_id_pipeline')),
    sa.ForeignKeyConstraint(['stage_id'], ['pipeline_stage.id'], name=op.f('fk_opportunity_stage_id_pipeline_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity'))
    )
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.create_index('ix_opportunity_customer', ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunity_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_opportunity_live_close', ['status', 'expected_close', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_opportunity_live_owner', ['owner_id', 'pipeline_id', 'status', 'stage_id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_opportunity_live_stage', ['stage_id', 'amount', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_opportunity_live_totals', ['pipeline_id', 'status', 'stage_id', 'currency', 'amount', 'probability'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_opportunity_live_updated', ['updated_at', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_opportunity_owner_id'), ['owner_id'], unique=False)

    op.create_table('opportunity_line',
    sa.Column('opportunity_id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('quantity', sa.String(length=20), server_default='1', nullable=False),
    sa.Column('unit_price', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('discount', sa.String(length=8), server_default='0', nullable=False),
    sa.Column('line_total', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_opportunity_line_opportunity_id_opportunity')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_opportunity_line_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity_line'))
    )
    with op.batch_alter_table('opportunity_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_line_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunity_line_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunity_line_owner_id'), ['owner_id'], unique=False)

    op.create_table('opportunity_stage_span',
    sa.Column('opportunity_id', sa.Uuid(), nullable=False),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('left_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_opportunity_stage_span_opportunity_id_opportunity')),
    sa.ForeignKeyConstraint(['stage_id'], ['pipeline_stage.id'], name=op.f('fk_opportunity_stage_span_stage_id_pipeline_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity_stage_span'))
    )
    with op.batch_alter_table('opportunity_stage_span', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_stage_span_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_opportunity_stage_span_opportunity', ['opportunity_id', 'entered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunity_stage_span_owner_id'), ['owner_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('opportunity_stage_span', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_stage_span_owner_id'))
        batch_op.drop_index('ix_opportunity_stage_span_opportunity')
        batch_op.drop_index(batch_op.f('ix_opportunity_stage_span_department_id'))

    op.drop_table('opportunity_stage_span')
    with op.batch_alter_table('opportunity_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_line_owner_id'))
        batch_op.drop_index(batch_op.f('ix_opportunity_line_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_opportunity_line_department_id'))

    op.drop_table('opportunity_line')
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_owner_id'))
        batch_op.drop_index('ix_opportunity_live_updated', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_opportunity_live_totals', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_opportunity_live_stage', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_opportunity_live_owner', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_opportunity_live_close', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_opportunity_department_id'))
        batch_op.drop_index('ix_opportunity_customer')

    op.drop_table('opportunity')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_owner_id'))
        batch_op.drop_index('ix_product_live_code', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_product_department_id'))

    op.drop_table('product')
    with op.batch_alter_table('pipeline_stage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pipeline_stage_pipeline_id'))
        batch_op.drop_index(batch_op.f('ix_pipeline_stage_owner_id'))
        batch_op.drop_index(batch_op.f('ix_pipeline_stage_department_id'))

    op.drop_table('pipeline_stage')
    with op.batch_alter_table('product_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_category_owner_id'))
        batch_op.drop_index(batch_op.f('ix_product_category_department_id'))

    op.drop_table('product_category')
    with op.batch_alter_table('pipeline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pipeline_owner_id'))
        batch_op.drop_index(batch_op.f('ix_pipeline_department_id'))

    op.drop_table('pipeline')
