"""The knowledge base: SQLite storage (the only module that speaks SQL), migrations, queries."""
