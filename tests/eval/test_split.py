from flashpoint.eval.split import part_in_thirds as part


def test_the_split_depends_only_on_the_key_and_holds_out_about_a_third():
    keys = [f"bbc-politics-{i:03d}" for i in range(300)]
    parts = [part(k) for k in keys]
    assert parts == [part(k) for k in keys]
    assert set(parts) == {"tune", "held-out"}
    assert 70 <= parts.count("held-out") <= 130
