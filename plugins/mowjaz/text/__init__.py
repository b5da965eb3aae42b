"""Arabic text core: normalisation, segmentation, tokens and terms (no Pelican here)."""
