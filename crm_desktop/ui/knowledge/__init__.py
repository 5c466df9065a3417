"""The knowledge base (知识库): the screen, and the suggestions widget the ticket form embeds."""
