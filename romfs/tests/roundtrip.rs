//! Property tests: random trees round-trip through the packer and the reader byte-exactly
//! for several alignments, alignment holds for every file, and mutated or truncated images
//! never make the reader or the verifier panic (and `verify` rejects any change to the
//! bytes the integrity record covers).

use proptest::prelude::*;
use romfs::pack::{pack, Options};
use romfs::tree::Node;
use romfs::{Entry, EntryKind, Image};
use std::collections::BTreeMap;

fn arb_name() -> impl Strategy<Value = String> {
    "[a-z0-9_]{1,12}(\\.mpy|\\.txt|\\.bin)?"
}

fn arb_tree(depth: u32) -> impl Strategy<Value = Vec<Node>> {
    let leaf =
        (arb_name(), prop::collection::vec(any::<u8>(), 0..300)).prop_map(|(name, data)| Node::File { name, data });
    let node = leaf.prop_recursive(depth, 40, 6, |inner| {
        (arb_name(), prop::collection::vec(inner, 0..6)).prop_map(|(name, children)| Node::Dir { name, children })
    });
    prop::collection::vec(node, 0..8).prop_map(dedup)
}

fn dedup(nodes: Vec<Node>) -> Vec<Node> {
    let mut seen = BTreeMap::new();
    for n in nodes {
        let n = match n {
            Node::Dir { name, children } => Node::Dir { name, children: dedup(children) },
            f => f,
        };
        seen.entry(n.name().to_string()).or_insert(n);
    }
    seen.into_values().collect()
}

fn flatten(nodes: &[Node], prefix: &str, out: &mut BTreeMap<String, Option<Vec<u8>>>) {
    for n in nodes {
        match n {
            Node::File { name, data } => {
                out.insert(format!("{prefix}/{name}"), Some(data.clone()));
            }
            Node::Dir { name, children } => {
                let p = format!("{prefix}/{name}");
                out.insert(p.clone(), None);
                flatten(children, &p, out);
            }
        }
    }
}

fn read_back(bytes: &[u8]) -> BTreeMap<String, Option<Vec<u8>>> {
    let image = Image::new(bytes).unwrap();
    let mut out = BTreeMap::new();
    image
        .walk(|p, e: &Entry| {
            out.insert(p.to_string(), if e.kind == EntryKind::File { Some(image.data(e).to_vec()) } else { None });
        })
        .unwrap();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn trees_round_trip_and_align(tree in arb_tree(3), align_pow in 0u32..13, crc in any::<bool>()) {
        let align = 1usize << align_pow;
        let packed = pack(&tree, Options { align, crc }).unwrap();
        prop_assert_eq!(packed.bytes.len() % 2, 0);
        let mut want = BTreeMap::new();
        flatten(&tree, "", &mut want);
        prop_assert_eq!(read_back(&packed.bytes), want);
        for f in &packed.files {
            prop_assert_eq!(f.data_offset % align, 0, "{} not aligned", f.path);
            let image = Image::new(&packed.bytes).unwrap();
            let e = image.lookup(&f.path).unwrap();
            prop_assert_eq!(e.data_offset, f.data_offset);
        }
        let report = romfs::verify::verify(&packed.bytes).unwrap();
        prop_assert_eq!(matches!(report.integrity, romfs::integrity::Status::Valid { .. }), crc);
        // Deterministic.
        prop_assert_eq!(pack(&tree, Options { align, crc }).unwrap().bytes, packed.bytes);
    }

    #[test]
    fn mutations_never_panic_and_are_detected(tree in arb_tree(2), pos in any::<prop::sample::Index>(), xor in 1u8..=255, cut in any::<prop::sample::Index>()) {
        let packed = pack(&tree, Options::default()).unwrap();
        let mut bytes = packed.bytes.clone();
        let i = pos.index(bytes.len());
        bytes[i] ^= xor;
        romfs::fuzz::check_image(&bytes);
        // Every byte of an image with an integrity record is covered by it (or is the
        // record itself), so any change must fail verification.
        prop_assert!(romfs::verify::verify(&bytes).is_err(), "mutation at {} of {} undetected", i, bytes.len());
        let truncated = &packed.bytes[..cut.index(packed.bytes.len())];
        romfs::fuzz::check_image(truncated);
        prop_assert!(romfs::verify::verify(truncated).is_err());
    }

    #[test]
    fn arbitrary_bytes_never_panic(mut data in prop::collection::vec(any::<u8>(), 0..512)) {
        romfs::fuzz::check_image(&data);
        if data.len() >= 4 {
            data[..3].copy_from_slice(&[0xd2, 0xcd, 0x31]);
            romfs::fuzz::check_image(&data);
        }
    }
}

#[test]
fn empty_tree_is_a_valid_image() {
    let packed = pack(&[], Options::default()).unwrap();
    let image = Image::new(&packed.bytes).unwrap();
    assert_eq!(image.root().count(), 0);
    assert!(romfs::verify::verify_strict(&packed.bytes).is_ok());
}

#[test]
fn large_alignment_padding_is_bounded() {
    let tree =
        vec![Node::File { name: "a".into(), data: vec![1; 10] }, Node::File { name: "b".into(), data: vec![2; 10] }];
    let packed = pack(&tree, Options { align: 4096, crc: true }).unwrap();
    for f in &packed.files {
        assert_eq!(f.data_offset % 4096, 0);
    }
    assert!(packed.padding < 2 * 4096);
}
