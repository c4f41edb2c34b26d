"""HFS Counsel: counseling for hemifacial spasm surgery, with a personalized handout."""

__version__ = "0.1.0"
