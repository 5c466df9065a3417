"""Analytics below the services (issue 8): churn scoring, RFM/CLV tables and the revenue forecast.

Plain data in, plain results out: no Qt and no SQLAlchemy here, so the services feed these functions with
rows they queried, and the same code is measured against public data sets in the tests. scikit-learn,
statsmodels and pandas are imported by the modules that need them, not here, so importing the package
costs nothing.
"""
