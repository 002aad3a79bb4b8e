"""esglens: turn ESG and sustainability reports into traceable, comparable data."""
__version__ = "0.1.0"
