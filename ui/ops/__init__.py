"""Operations per area (cases, field, meetings, review, documents, sync, admin) and the runner that
submits them (runner.Ops); see docs/architecture.md."""
