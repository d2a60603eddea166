"""Write ``tests/fixtures/ner_logits_<tag>.npz``: the logits that the exported encoder gives *before* its attention
reshapes are made constant, for the invented windows of ``tests/nlp/test_speed_r26.py``.

    .venv/bin/python training/ner_logits_fixture.py OUT_DIR/encoder.fp32.onnx OUT_DIR/component FIXTURE.npz

The fp32 graph that ``minilm_ner.export`` keeps beside the component is quantized as the export quantizes it, but
not rewritten by ``onnx_static_shapes.py``; the test then asks the shipped (rewritten) graph for the same tags and,
within rounding, the same logits. Run it after a new NER is exported (needs onnx, as training does, and pytest).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "nlp"))

from sitrep.nlp.minilm_ner import MiniLMNer  # noqa: E402


def main(argv: list[str]) -> None:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from test_speed_r26 import TEXTS  # the invented sentences

    fp32, component, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    ner = MiniLMNer(component)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "encoder.onnx"
        quantize_dynamic(str(fp32), str(plain), weight_type=QuantType.QInt8, per_channel=True)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        session = ort.InferenceSession(str(plain), opts, providers=["CPUExecutionProvider"])

        def run(ids: list[int]) -> np.ndarray:
            rows = np.array([ids], dtype=np.int64)
            got: np.ndarray = session.run(None, {"emb": ner.embeddings[rows],
                                                 "mask": np.ones((1, len(ids)), dtype=np.float32)})[0][0]
            return got

        arrays: dict[str, np.ndarray] = {}
        sentences = [t.split(" ") for t in TEXTS]
        for k, (ids, _, _) in enumerate(ner._windows(sentences)):
            arrays[f"ids{k}"], arrays[f"logits{k}"] = np.array(ids), run(ids)
        for k, words in enumerate(sentences):
            ((ids, _, _),) = ner._windows([words])
            arrays[f"alone_ids{k}"], arrays[f"alone_logits{k}"] = np.array(ids), run(ids)
    np.savez_compressed(out, **arrays)
    print(f"{out}: {len(arrays) // 2} windows")


if __name__ == "__main__":
    main(sys.argv[1:])
