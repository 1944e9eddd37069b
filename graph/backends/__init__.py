"""Store implementations: ``embedded`` (LadybugDB) and ``neo4j``."""
