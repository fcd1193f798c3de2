"""The interactive network view (``graph.html``): offline, safe, searchable, every edge clickable
to the sentence that supports it.

``render_html(graph)`` returns the page as text (``kg serve`` serves it at ``/``);
``write_html(graph, path)`` writes it atomically (``kg build`` writes ``out/graph.html``).
"""

from .page import render_html, write_html

__all__ = ["render_html", "write_html"]
