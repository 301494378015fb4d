"""The organisers' desk window: every group at a glance, read from the central store."""
