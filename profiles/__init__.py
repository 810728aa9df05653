"""Search profiles (persoons- en zoekprofiel) with FML limits."""
