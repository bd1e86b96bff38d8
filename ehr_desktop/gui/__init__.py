"""The Qt user interface: the only package (with app.py and cli.py) that imports PySide6."""
