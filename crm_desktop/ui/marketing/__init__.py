"""Marketing: campaigns, segments, e-mail, automation rules and the loyalty programme."""
