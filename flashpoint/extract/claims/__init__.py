"""Claims: who says what. Quotes and their speakers, figures and who claims them.

fp_quotes (quotes.py) and fp_figures (figures.py) are the components; speakers, attribution, quote
marks, numbers and sentence spans are their helpers.
"""
