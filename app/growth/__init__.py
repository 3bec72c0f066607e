"""Growth: cross-sell and up-sell suggestions, referrals and the won-deal handoff [M2.7, M3.1]."""
