"""The Excel ledger (跟踪台账): a manager's existing cases in, any list out (issue 17)."""
