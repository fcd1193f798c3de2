"""kg: knowledge graphs of officials, agencies, laws and court rulings from civic and legal news."""

__version__ = "0.1.0"
