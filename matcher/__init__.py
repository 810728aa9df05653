"""Score vacancies against search profiles and build the weekly application list."""
