# A tiny text-table formatter (lives in lib/, which is on sys.path).


def render(headers, rows):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(str(cell)))
    line = "-+-".join("-" * w for w in widths)
    out = [" | ".join("{:<{}}".format(h, w) for h, w in zip(headers, widths)), line]
    for row in rows:
        cells = []
        for c, w in zip(row, widths):
            align = ">" if isinstance(c, (int, float)) else "<"
            cells.append("{:{}{}}".format(str(c), align, w))
        out.append(" | ".join(cells))
    return "\n".join(out)
