"""Colours, labels and line styles of the diagrams: one look for every drawing.

Okabe–Ito colours, safe for the common kinds of colour blindness; relations differ in
line style as well as colour, so they read in grey print too.
"""

from __future__ import annotations

from typing import Literal

KIND_COLOURS: dict[str, str] = {
    "proses": "#56B4E9",
    "golongan-proses": "#E69F00",
    "jenis-kerja-sama": "#009E73",
    "bentuk-kerja-sama": "#F0E442",
    "kelompok": "#CC79A7",
    "organisasi": "#D55E00",
    "contoh": "#DDDDDD",
    "faktor": "#0072B2",
    "tujuan": "#BBBBBB",
    "syarat-interaksi": "#E69F00",
    "faktor-interaksi": "#0072B2",
    "bentuk-akomodasi": "#F0E442",
    "tipe-kelompok": "#CC79A7",
    "orientasi-kelompok": "#CC79A7",
    "sifat-kerja-sama": "#009E73",
    "macam-gotong-royong": "#DDDDDD",
    "skenario": "#FFFFFF",
}

KIND_LABELS: dict[str, str] = {
    "proses": "proses sosial",
    "golongan-proses": "golongan proses",
    "jenis-kerja-sama": "jenis kerja sama",
    "bentuk-kerja-sama": "bentuk kerja sama",
    "kelompok": "kelompok sosial",
    "organisasi": "organisasi",
    "contoh": "contoh",
    "faktor": "faktor pendorong",
    "tujuan": "tujuan",
    "syarat-interaksi": "syarat interaksi",
    "faktor-interaksi": "faktor interaksi",
    "bentuk-akomodasi": "bentuk akomodasi",
    "tipe-kelompok": "tipe kelompok",
    "orientasi-kelompok": "sikap terhadap kelompok",
    "sifat-kerja-sama": "sifat kerja sama",
    "macam-gotong-royong": "macam gotong royong",
    "skenario": "contoh kasus",
}

#: Relation types differ by line style as well as colour, so they survive greyscale.
#: Matplotlib line styles used for relations.
LineStyle = Literal["solid", "dashed", "dotted", "dashdot"]
RELATION_STYLES: dict[str, tuple[str, LineStyle]] = {
    "jenis-dari": ("#009E73", "solid"),
    "bentuk-dari": ("#0072B2", "solid"),
    "bagian-dari": ("#CC79A7", "dashed"),
    "terjadi-dalam": ("#D55E00", "dashed"),
    "sering-dalam": ("#D55E00", "dashed"),
    "syarat-dari": ("#E69F00", "solid"),
    "contoh-dari": ("#555555", "dotted"),
    "lawan-dari": ("#E69F00", "dashdot"),
    "mendorong": ("#0072B2", "dashed"),
    "tujuan-dari": ("#009E73", "dotted"),
}

DARK_FILLS = {"#0072B2", "#D55E00"}
