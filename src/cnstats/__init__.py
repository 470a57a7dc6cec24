"""cnstats: statistical figures from Chinese prose, as typed records.

    >>> import cnstats
    >>> [f.text for f in cnstats.extract("工业投资增长69.9%,排全市第1位。")]
    ['69.9%', '第1位']
"""

from .extract import extract
from .numerals import NumberError, Reading, parse_number, read_number
from .record import Figure, Kind

__all__ = ["Figure", "Kind", "NumberError", "Reading", "extract", "parse_number", "read_number"]
__version__ = "0.1.0"
