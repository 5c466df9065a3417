"""The product catalogue screen."""
