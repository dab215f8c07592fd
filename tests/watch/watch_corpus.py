"""A tiny article corpus for the watch tests: (slug, title, text, day). Russian attacks on Ukraine
on three days raise RUS->UKR alerts under tests/watch/monitor_test.cfg's low thresholds."""

ARTICLES = [
    ("kharkiv", "Shelling in Kharkiv",
     "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing 12 civilians, Ukrainian officials said.",
     "2024-03-04"),
    ("donetsk", "Fighting near Donetsk",
     "Russian troops attacked Ukrainian positions near Donetsk on Tuesday, the Ukrainian army said.", "2024-03-05"),
    ("oslo", "Oslo rejects proposal",
     "Norway's government rejected the Swedish proposal in Oslo on Tuesday.", "2024-03-05"),
    ("mariupol", "Hospital hit in Mariupol",
     "Ukraine accused Russia of bombing a hospital in Mariupol, killing 5 people.", "2024-03-06"),
    ("kyiv", "Missiles on Kyiv",
     "The Russian military launched missile strikes on Kyiv, Ukrainian President Volodymyr Zelensky said.",
     "2024-03-06"),
    ("odesa", "Drones over Odesa",
     "Russian forces attacked the Ukrainian port of Odesa with drones on Wednesday, Ukrainian officials said.",
     "2024-03-06"),
    ("sumy", "Shelling in Sumy",
     "Russian artillery shelled the Ukrainian region of Sumy on Thursday, killing 3 people, officials said.",
     "2024-03-07"),
    ("talks", "Talks in Geneva",
     "French and German diplomats met in Geneva on Thursday to discuss the crisis.", "2024-03-07"),
]
