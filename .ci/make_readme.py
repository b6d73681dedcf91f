"""Write README.md from nbs/index.ipynb (nbdev_readme needs Quarto, which cannot be installed here).

Markdown cells are copied; code cells become ```python blocks; cells tagged `#| hide` are left out.
A markdown line `<!-- include PATH -->` is replaced by the file PATH (relative to the repository), e.g. the
shipped model's measured numbers that `maskrec build` writes into `models/summary.md`.
`python .ci/make_readme.py --check` exits 1 if README.md is out of date.
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root / "nbs" / "index.ipynb").read_text(encoding="utf-8"))
parts = ["<!-- generated from nbs/index.ipynb by .ci/make_readme.py: edit the notebook, not this file -->"]
for cell in nb["cells"]:
    src = "".join(cell["source"]).strip()
    if not src or src.startswith("#| hide") or src.startswith("#|hide"): continue
    if cell["cell_type"] == "markdown":
        parts.append(re.sub(r"^<!-- include (\S+) -->$", lambda m: (root / m.group(1)).read_text(encoding="utf-8").strip(), src, flags=re.M))
    elif cell["cell_type"] == "code":
        lines = [l for l in src.splitlines() if not l.startswith("#|")]
        parts.append("```python\n" + "\n".join(lines) + "\n```")
text = "\n\n".join(parts) + "\n"
readme = root / "README.md"
if "--check" in sys.argv:
    if not readme.exists() or readme.read_text(encoding="utf-8") != text:
        print("README.md is out of date: run python .ci/make_readme.py"); sys.exit(1)
    print("README.md is up to date")
else:
    readme.write_text(text, encoding="utf-8"); print(f"wrote {readme}")
