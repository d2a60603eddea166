"""Ingestion: readers turn inputs into ``RawItem``s, cleaners turn those into ``Document``s."""
