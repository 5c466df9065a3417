"""sales from lead to cash: products and categories, pipelines and stages, opportunities with product lines
and stage stays, quotes, contracts and orders, receivable plans, payments, invoices, attachments, approval
flows, requests and decisions, sales targets, tasks, leads

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
    op.create_table('approval_flow',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('threshold', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('steps', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_flow'))
    )
    with op.batch_alter_table('approval_flow', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_flow_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_flow_owner_id'), ['owner_id'], unique=False)

    op.create_table('attachment',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), server_default='0', nullable=False),
    sa.Column('sha256', sa.String(length=64), server_default='', nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_attachment_row', ['entity', 'row_id'], unique=False)

    op.create_table('lead',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('company', sa.String(length=200), server_default='', nullable=False),
    sa.Column('title', sa.String(length=60), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=32), server_default='', nullable=False),
    sa.Column('email', sa.String(length=254), server_default='', nullable=False),
    sa.Column('source', sa.String(length=60), server_default='', nullable=False),
    sa.Column('province', sa.String(length=30), server_default='', nullable=False),
    sa.Column('city', sa.String(length=30), server_default='', nullable=False),
    sa.Column('status', sa.String(length=12), server_default='new', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('converted_customer_id', sa.Uuid(), nullable=True),
    sa.Column('converted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead'))
    )
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_lead_live_status', ['status', 'created_at'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_lead_owner_id'), ['owner_id'], unique=False)

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

    op.create_table('sales_target',
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('metric', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_target'))
    )
    with op.batch_alter_table('sales_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_target_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_target_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_sales_target_period', ['period', 'metric'], unique=False)

    op.create_table('approval_request',
    sa.Column('flow_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('summary', sa.String(length=200), server_default='', nullable=False),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('step', sa.Integer(), server_default='0', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='pending', nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['flow_id'], ['approval_flow.id'], name=op.f('fk_approval_request_flow_id_approval_flow')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_request'))
    )
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_request_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_approval_request_live_status', ['status', 'step'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_approval_request_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_approval_request_row', ['entity', 'row_id'], unique=False)

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

    op.create_table('task',
    sa.Column('kind', sa.String(length=10), server_default='task', nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=40), server_default='', nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=True),
    sa.Column('customer_id', sa.Uuid(), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('remind_at', sa.DateTime(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('location', sa.String(length=200), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('ical_uid', sa.String(length=200), server_default='', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_task_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_task_live_due', ['owner_id', 'done_at', 'due_at'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_task_live_remind', ['remind_at'], unique=False, sqlite_where=sa.text('deleted_at IS NULL AND done_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL AND done_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_task_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_task_row', ['entity', 'row_id'], unique=False)

    op.create_table('approval_decision',
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('step', sa.Integer(), server_default='0', nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('comment', sa.String(length=500), server_default='', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['approval_request.id'], name=op.f('fk_approval_decision_request_id_approval_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_decision'))
    )
    with op.batch_alter_table('approval_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_decision_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_decision_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_decision_request_id'), ['request_id'], unique=False)

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

    op.create_table('quote',
    sa.Column('opportunity_id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('revision', sa.Integer(), server_default='1', nullable=False),
    sa.Column('title', sa.String(length=120), server_default='', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False),
    sa.Column('quoted_on', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), server_default='draft', nullable=False),
    sa.Column('subtotal', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('tax', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('total', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('terms', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_quote_customer_id_customer')),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_quote_opportunity_id_opportunity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote'))
    )
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_owner_id'), ['owner_id'], unique=False)

    op.create_table('contract',
    sa.Column('kind', sa.String(length=10), server_default='contract', nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('opportunity_id', sa.Uuid(), nullable=True),
    sa.Column('quote_id', sa.Uuid(), nullable=True),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), server_default='draft', nullable=False),
    sa.Column('received', sa.BigInteger(), server_default='0', nullable=False),
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
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_contract_customer_id_customer')),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_contract_opportunity_id_opportunity')),
    sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], name=op.f('fk_contract_quote_id_quote')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_contract_live_number', ['number'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_contract_live_signed', ['signed_on', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_contract_owner_id'), ['owner_id'], unique=False)

    op.create_table('quote_line',
    sa.Column('quote_id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=20), server_default='', nullable=False),
    sa.Column('quantity', sa.String(length=20), server_default='1', nullable=False),
    sa.Column('unit_price', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('discount', sa.String(length=8), server_default='0', nullable=False),
    sa.Column('tax_rate', sa.String(length=8), server_default='0', nullable=False),
    sa.Column('net', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('tax', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('total', sa.BigInteger(), server_default='0', nullable=False),
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
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_quote_line_product_id_product')),
    sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], name=op.f('fk_quote_line_quote_id_quote')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_line'))
    )
    with op.batch_alter_table('quote_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_line_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_line_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_line_quote_id'), ['quote_id'], unique=False)

    op.create_table('invoice',
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=40), server_default='', nullable=False),
    sa.Column('title_type', sa.String(length=12), server_default='company', nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('tax_number', sa.String(length=20), server_default='', nullable=False),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='draft', nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('payment_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_invoice_contract_id_contract')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice'))
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_owner_id'), ['owner_id'], unique=False)

    op.create_table('receivable_plan',
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('instalment', sa.Integer(), server_default='1', nullable=False),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), server_default='', nullable=False),
    sa.Column('remind_days', sa.Integer(), server_default='3', nullable=False),
    sa.Column('received', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('void', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_receivable_plan_contract_id_contract')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receivable_plan'))
    )
    with op.batch_alter_table('receivable_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receivable_plan_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receivable_plan_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_receivable_plan_live_due', ['due_on', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_receivable_plan_owner_id'), ['owner_id'], unique=False)

    op.create_table('payment',
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('amount', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), server_default='', nullable=False),
    sa.Column('overpayment', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('reference', sa.String(length=60), server_default='', nullable=False),
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
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_payment_contract_id_contract')),
    sa.ForeignKeyConstraint(['plan_id'], ['receivable_plan.id'], name=op.f('fk_payment_plan_id_receivable_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_owner_id'), ['owner_id'], unique=False)

    op.create_table('supplier',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact_name', sa.String(length=100), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=32), server_default='', nullable=False),
    sa.Column('email', sa.String(length=254), server_default='', nullable=False),
    sa.Column('address', sa.String(length=300), server_default='', nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier'))
    )
    with op.batch_alter_table('supplier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplier_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_owner_id'), ['owner_id'], unique=False)

    op.create_table('supplier_customer',
    sa.Column('supplier_id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_supplier_customer_customer_id_customer')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_supplier_customer_supplier_id_supplier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier_customer'))
    )
    with op.batch_alter_table('supplier_customer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplier_customer_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_customer_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_customer_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_customer_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('supplier_price',
    sa.Column('supplier_id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('price', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False),
    sa.Column('min_quantity', sa.String(length=20), server_default='1', nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_supplier_price_product_id_product')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_supplier_price_supplier_id_supplier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier_price'))
    )
    with op.batch_alter_table('supplier_price', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplier_price_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_price_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_price_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_price_supplier_id'), ['supplier_id'], unique=False)


def downgrade() -> None:
    for table in ("supplier_price", "supplier_customer", "supplier"):
        op.drop_table(table)
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_owner_id'))
        batch_op.drop_index(batch_op.f('ix_payment_department_id'))
        batch_op.drop_index(batch_op.f('ix_payment_contract_id'))

    op.drop_table('payment')
    with op.batch_alter_table('receivable_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receivable_plan_owner_id'))
        batch_op.drop_index('ix_receivable_plan_live_due', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_receivable_plan_department_id'))
        batch_op.drop_index(batch_op.f('ix_receivable_plan_contract_id'))

    op.drop_table('receivable_plan')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_owner_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_department_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_contract_id'))

    op.drop_table('invoice')
    with op.batch_alter_table('quote_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_line_quote_id'))
        batch_op.drop_index(batch_op.f('ix_quote_line_owner_id'))
        batch_op.drop_index(batch_op.f('ix_quote_line_department_id'))

    op.drop_table('quote_line')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_owner_id'))
        batch_op.drop_index('ix_contract_live_signed', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_contract_live_number', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_contract_department_id'))
        batch_op.drop_index(batch_op.f('ix_contract_customer_id'))

    op.drop_table('contract')
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_owner_id'))
        batch_op.drop_index(batch_op.f('ix_quote_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_quote_department_id'))

    op.drop_table('quote')
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
    with op.batch_alter_table('approval_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_decision_request_id'))
        batch_op.drop_index(batch_op.f('ix_approval_decision_owner_id'))
        batch_op.drop_index(batch_op.f('ix_approval_decision_department_id'))

    op.drop_table('approval_decision')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ix_task_row')
        batch_op.drop_index(batch_op.f('ix_task_owner_id'))
        batch_op.drop_index('ix_task_live_remind', sqlite_where=sa.text('deleted_at IS NULL AND done_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL AND done_at IS NULL'))
        batch_op.drop_index('ix_task_live_due', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_task_department_id'))

    op.drop_table('task')
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
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.drop_index('ix_approval_request_row')
        batch_op.drop_index(batch_op.f('ix_approval_request_owner_id'))
        batch_op.drop_index('ix_approval_request_live_status', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_approval_request_department_id'))

    op.drop_table('approval_request')
    with op.batch_alter_table('sales_target', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_target_period')
        batch_op.drop_index(batch_op.f('ix_sales_target_owner_id'))
        batch_op.drop_index(batch_op.f('ix_sales_target_department_id'))

    op.drop_table('sales_target')
    with op.batch_alter_table('product_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_category_owner_id'))
        batch_op.drop_index(batch_op.f('ix_product_category_department_id'))

    op.drop_table('product_category')
    with op.batch_alter_table('pipeline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pipeline_owner_id'))
        batch_op.drop_index(batch_op.f('ix_pipeline_department_id'))

    op.drop_table('pipeline')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_owner_id'))
        batch_op.drop_index('ix_lead_live_status', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_lead_department_id'))

    op.drop_table('lead')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_row')
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_department_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('approval_flow', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_flow_owner_id'))
        batch_op.drop_index(batch_op.f('ix_approval_flow_department_id'))

    op.drop_table('approval_flow')
