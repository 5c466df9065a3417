"""The public pool screen: claim customers, see which of yours return soon."""
