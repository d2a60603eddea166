"""The exported NER encoder's attention reshapes given constant targets (the same logits, fewer operators a run).

    .venv/bin/python training/onnx_static_shapes.py IN.onnx OUT.onnx    (needs onnx==1.23.2, as training does)

``torch.onnx.export`` writes each attention head split and merge as ``Reshape(x, Concat(...))`` whose target is
computed at every run from the input's shape: ``Shape``, ``Gather``, ``Unsqueeze``, a ``Div`` and two ``Cast`` for
the head size, then ``Concat`` (12 reshapes over 3 layers, ~33 of the 114 operators ONNX Runtime runs per window).
Each such target is ``[batch, pieces, 12, hidden / 12]`` or ``[batch, pieces, hidden]``, the batch and piece counts
read from the tensor that the reshaped one was projected from. It becomes a constant: ``0`` for the batch and piece
dimensions (``Reshape`` with ``allowzero=0`` copies the input's dimension there, and the reshaped tensor has the same
batch and piece dimensions as the tensor they were read from: a projection ``(b, t, h) @ (h, h)`` keeps them, and the
head merge transposes ``(b, 12, t, d)`` back to ``(b, t, 12, d)``), the graph input's static hidden size (384) and
its head size (384 / 12). The shape operators that fed only those targets are then dropped. No arithmetic on the
activations changes, so the logits are the same bit for bit (checked on every window of a pass over the world tune
slice: ``tests/nlp/test_speed_r26.py`` keeps the old graph's logits of invented windows).
``minilm_ner.export`` applies it after quantization. A target of another form is left as it is.
"""

from __future__ import annotations

import sys

HEADS = 12


def static_shapes(model) -> int:  # an onnx.ModelProto (onnx is a training dependency only)
    """Rewrite ``model`` in place; the number of reshape targets made constant."""
    import numpy as np
    from onnx import numpy_helper

    graph = model.graph
    producer = {o: n for n in graph.node for o in n.output}
    consts = {n.output[0]: numpy_helper.to_array(n.attribute[0].t) for n in graph.node
              if n.op_type == "Constant" and n.attribute and n.attribute[0].name == "value"}
    consts.update({i.name: numpy_helper.to_array(i) for i in graph.initializer})
    hidden = graph.input[0].type.tensor_type.shape.dim[-1].dim_value
    if not hidden or hidden % HEADS:
        return 0

    def const(name: str) -> list[int] | None:
        return consts[name].reshape(-1).tolist() if name in consts else None

    def shape_dim(name: str) -> int | None:
        """k when ``name`` is ``Gather(Shape(x), k)`` (a scalar index), else None."""
        gather = producer.get(name)
        if gather is None or gather.op_type != "Gather" or gather.input[1] not in consts \
                or consts[gather.input[1]].ndim != 0:
            return None
        shape = producer.get(gather.input[0])
        if shape is None or shape.op_type != "Shape" or shape.attribute:
            return None
        return int(consts[gather.input[1]])

    def part(name: str) -> tuple[str, int] | None:
        """What one ``Concat`` input of a target is: a constant, a dimension of the shape read, or the head size."""
        if (value := const(name)) is not None:
            return ("const", value[0]) if len(value) == 1 else None
        node = producer.get(name)
        if node is None or node.op_type != "Unsqueeze" or const(node.input[1]) != [0]:
            return None
        if (k := shape_dim(node.input[0])) is not None:
            return ("dim", k)
        chain = [producer.get(node.input[0])]  # Cast(Cast(Div(Gather(Shape(x), 2), HEADS)))
        while chain[-1] is not None and chain[-1].op_type == "Cast":
            chain.append(producer.get(chain[-1].input[0]))
        div = chain[-1]
        if div is not None and div.op_type == "Div" and const(div.input[1]) == [HEADS] \
                and shape_dim(div.input[0]) == 2:
            return ("head", 0)
        return None

    changed = 0
    for node in graph.node:
        if node.op_type != "Reshape" or any(a.name == "allowzero" and a.i for a in node.attribute):
            continue
        concat = producer.get(node.input[1])
        if concat is None or concat.op_type != "Concat":
            continue
        parts = [part(i) for i in concat.input]
        if parts == [("dim", 0), ("dim", 1), ("const", HEADS), ("head", 0)]:
            target = [0, 0, HEADS, hidden // HEADS]
        elif parts == [("dim", 0), ("dim", 1), ("dim", 2)]:
            target = [0, 0, hidden]
        else:
            continue
        name = f"{node.name}_static_shape"
        graph.initializer.append(numpy_helper.from_array(np.array(target, dtype=np.int64), name))
        node.input[1] = name
        changed += 1
    while True:  # drop what no longer feeds anything
        used = {i for n in graph.node for i in n.input} | {o.name for o in graph.output}
        dead = [n for n in graph.node if not any(o in used for o in n.output)]
        if not dead:
            break
        for n in dead:
            graph.node.remove(n)
    used = {i for n in graph.node for i in n.input}
    for init in [i for i in graph.initializer if i.name not in used]:
        graph.initializer.remove(init)
    return changed


def main(argv: list[str] | None = None) -> int:
    import onnx

    src, dst = (argv if argv is not None else sys.argv[1:])[:2]
    model = onnx.load(src)
    changed = static_shapes(model)
    onnx.checker.check_model(model)
    onnx.save(model, dst)
    print(f"{changed} reshape targets made constant; {len(model.graph.node)} nodes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
