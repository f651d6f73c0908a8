"""The tables of the Indonesian search stemmer (:mod:`kerjasama.sphinxext.search_id`).

Measured on this book's words with ``tools/search_words.py``: a word a new chapter brings
that Snowball merges with an unrelated one, or cuts apart from its family, gets a line
here. The browser receives the same tables as JSON, so both stemmers change together.
"""

from __future__ import annotations

import re

#: Function words: never indexed, dropped from a query, and never the stem of a content
#: word (a word whose stem would be one of them is indexed as it is written).
_FUNCTION_WORDS = """
yang dan di ke dari dalam itu ini dengan untuk pada kepada atau adalah ialah yaitu
yakni oleh karena sebagai juga akan sudah telah belum tidak tak bukan ada tanpa
sebuah seorang para sangat hanya saja lagi pun bahwa agar supaya jika kalau bila
apabila ketika saat sehingga serta tetapi tapi namun melainkan sedangkan maupun
antara terhadap tentang hingga sampai sejak selama setelah sebelum seperti misalnya
dapat bisa harus mereka kita kami kamu kalian ia dia anda saya aku apa siapa mana
bagaimana mengapa kapan apakah berapa begitu demikian tersebut setiap semua beberapa
masih sedang pernah lalu kemudian jadi menjadi terjadi pula secara menurut berikut
melalui terlalu lewat sesuai seolah walaupun meskipun
"""
STOPWORDS: frozenset[str] = frozenset(_FUNCTION_WORDS.split())

#: Words Snowball merges with an unrelated word, and the stem each one gets instead (the
#: word itself when it is a root). A form with a clitic (``-nya``, ``-mu``, ``-lah`` …)
#: follows its base word.
PROTECTED: dict[str, str] = {
    # Snowball reads -lah, -ku, -mu as particles and pronouns.
    "masalah": "masalah",  # not masa (time)
    "sekolah": "sekolah",
    "istilah": "istilah",
    "maluku": "maluku",  # not malu (shame)
    "bertemu": "bertemu",  # not berte; and meeting is not finding (menemukan)
    "pertemuan": "bertemu",
    "mempertemukan": "bertemu",
    "dipertemukan": "bertemu",
    "berlaku": "laku",
    "perilaku": "perilaku",  # not ila, the stem of menilai (to assess)
    "diolah": "olah",
    "mengolah": "olah",
    "pengolah": "olah",
    "menikah": "nikah",
    "mengalah": "kalah",
    # ber-, per-, ke- that are part of the root, or -an/-i that is.
    "berikan": "beri",  # not ikan (fish)
    "berangkat": "berangkat",  # not angkat (to lift)
    "perangkat": "perangkat",
    "perasaan": "rasa",  # not asa (hope)
    "terasa": "rasa",
    "ketua": "ketua",  # not tua (old)
    "kelompok": "kelompok",  # berkelompok keeps ke-, so kelompok does too
    "keluarga": "keluarga",
    "keluar": "keluar",  # not luar (outside)
    "desakan": "desakan",  # not desa (village)
    "lebaran": "lebaran",
    "empati": "empati",  # not empat (four)
    "menempati": "tempat",
    "menempatkan": "tempat",
    "menanggapi": "tanggap",  # not anggap (to consider)
    "bertentangan": "pertentangan",  # tentang (about) is a function word
    "pertentangan": "pertentangan",
    "bagian": "bagian",  # a part; membagi, pembagian: to divide (see ROOTS)
    "kesamaan": "sama",  # similar; bersama: together (see ROOTS)
    "persamaan": "sama",
    # ke- that is part of the root (see ONSET).
    "kerjakan": "kerja",
    "perhatian": "perhati",  # not hati (heart)
    "perhatikan": "perhati",
    "memperhatikan": "perhati",
}

#: Stems that lost the first letter of their root to a nasal prefix (meN-, peN-), or kept
#: a prefix Snowball only removes before a suffix, and the root they belong to; and roots
#: whose bare word means something else than the words built on it. Applied only to a
#: word with a prefix or suffix, so *anda* stays *anda* and *satunya* stays *satu*.
ROOTS: dict[str, str] = {
    # The bare word is a numeral, a preposition, an adjective: satu (one), bagi (for),
    # sama (same); bersatu, persatuan (unite, unity), membagi, pembagian (divide),
    # bersama, kebersamaan (together, togetherness) are another meaning.
    "satu": "bersatu",
    "bagi": "membagi",
    "sama": "bersama",
    "olong": "tolong",
    "erja": "kerja",
    "awar": "tawar",
    "ambah": "tambah",
    "ampil": "tampil",
    "anam": "tanam",
    "anda": "tanda",
    "andatangan": "tandatangan",
    "anggung": "tanggung",
    "arik": "tarik",
    "ata": "tata",
    "sata": "nyata",
    "ahan": "tahan",
    "ait": "kait",
    "ambang": "tambang",
    "ampanye": "kampanye",
    "ekan": "tekan",
    "elit": "telit",
    "eluar": "keluar",
    "elompok": "kelompok",
    "eman": "teman",
    "embang": "kembang",
    "emu": "temu",
    "enal": "kenal",
    "engah": "tengah",
    "entu": "tentu",
    "erima": "terima",
    "etahu": "tahu",
    "etap": "tetap",
    "etuk": "ketuk",
    "ila": "nila",
    "inggal": "tinggal",
    "ingkat": "tingkat",
    "irim": "kirim",
    "uasa": "kuasa",
    "uat": "kuat",
    "ugas": "tugas",
    "uju": "tuju",
    "ukar": "tukar",
    "ulis": "tulis",
    "umbuh": "tumbuh",
    "umpul": "kumpul",
    "unjuk": "tunjuk",
    "untut": "tuntut",
    "urang": "kurang",
    "urun": "turun",
    "utup": "tutup",
    # mem- before a vowel: Snowball assumes a root in p-, these roots start with m-.
    "pain": "main",
    "paju": "maju",
    "pasuk": "masuk",
    "penang": "menang",
    "pilik": "milik",
    "pinta": "minta",
    "puat": "muat",
    "puda": "muda",
    "pula": "mula",
    "mimpin": "pimpin",
    # per- stays when no suffix follows (memperkuat); perintah is a root.
    "perkuat": "kuat",
    "intah": "perintah",
    "iksa": "periksa",
}

#: Two-word terms that students also write as one word; the one-word form is split.
COMPOUNDS: tuple[tuple[str, str], ...] = (
    ("kerja", "sama"),
    ("gotong", "royong"),
    ("tolong", "menolong"),
    ("bahu", "membahu"),
    ("tawar", "menawar"),
    ("tukar", "menukar"),
    ("tanggung", "jawab"),
    ("jual", "beli"),
    ("timbal", "balik"),
    ("kerja", "bakti"),
    ("tatap", "muka"),
    ("orang", "tua"),
)

#: How an Indonesian root can begin. A stem that begins otherwise lost part of its root
#: to a prefix (kembali → mbali, merdeka → rdeka, dissociative → ssociative): the word
#: is then indexed as written.
ONSET = re.compile(
    r"[aeiou]|[b-df-hj-np-tv-z][aeiouy]|ng|ny|sy|kh|[pbtdkgf][rl]|s[klmnptw]|[tdk]w|$"
)

#: Endings that attach to a finished word (particles and possessive pronouns).
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
