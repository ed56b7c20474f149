"""Plain Python: the words of the domain and its rules as pure functions.

Nothing here touches a database, the web or files.
"""
