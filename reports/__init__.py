"""Documents (PDF and spreadsheets). May import app; never ui."""
