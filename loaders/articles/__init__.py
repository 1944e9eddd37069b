"""Article loaders: reading text, HTML and JSON articles, finding actor mentions, extracting relations.

``format`` reads files into documents, ``mention_index``/``mentions``/``coreference`` find the
actors an article names, ``rules`` holds the pattern rules, ``dates`` the date expressions, and
``extract`` the :class:`~actorgraph.loaders.articles.extract.Extractor` seam and the rule extractor.
"""
