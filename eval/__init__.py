"""Quality evaluations on ../shared/corpora: ``python -m eval.quotes`` and so on."""
