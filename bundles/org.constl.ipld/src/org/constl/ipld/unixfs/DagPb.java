package org.constl.ipld.unixfs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.unixfs.internal.ProtoReader;
import org.constl.ipld.unixfs.internal.ProtoWriter;

/**
 * The dag-pb codec (multicodec 0x70), byte for byte as {@code @ipld/dag-pb} 4: links first, then
 * data; in a link, Hash, Name, Tsize. The decoder is as strict as the JS one: only the known
 * fields, each once and in order, Hash a valid CID.
 */
public final class DagPb {

    private static final int LINK_HASH = 1;
    private static final int LINK_NAME = 2;
    private static final int LINK_TSIZE = 3;
    private static final int NODE_DATA = 1;
    private static final int NODE_LINKS = 2;

    private DagPb() {
    }

    public static byte[] encode(PbNode node) {
        ProtoWriter out = new ProtoWriter();
        for (PbLink link : node.links()) {
            out.bytesField(NODE_LINKS, encode(link));
        }
        if (node.data() != null) {
            out.bytesField(NODE_DATA, node.data());
        }
        return out.toByteArray();
    }

    private static byte[] encode(PbLink link) {
        ProtoWriter out = new ProtoWriter().bytesField(LINK_HASH, link.hash().bytes());
        if (link.name() != null) {
            out.bytesField(LINK_NAME, link.name().getBytes(StandardCharsets.UTF_8));
        }
        if (link.tsize() != null) {
            out.varintField(LINK_TSIZE, link.tsize());
        }
        return out.toByteArray();
    }

    /**
     * Decodes a block. Data may come before or after the links (as the JS decoder allows), but links
     * may not surround it; anything else malformed is an {@link IpldException}. Unlike the JS
     * decoder, which substitutes U+FFFD, a link name that is not valid UTF-8 is refused.
     */
    public static PbNode decode(byte[] block) {
        ProtoReader in = new ProtoReader("dag-pb PBNode", block);
        List<PbLink> links = new ArrayList<>();
        byte[] data = null;
        boolean dataAfterLinks = false;
        while (in.hasMore()) {
            ProtoReader.Key key = in.readKey();
            if (key.wireType() != ProtoReader.LENGTH_DELIMITED) {
                throw in.error("wire type " + key.wireType() + " where 2 is expected");
            }
            if (key.field() == NODE_DATA) {
                if (data != null) {
                    throw in.error("duplicate Data");
                }
                data = in.readBytes();
                dataAfterLinks = !links.isEmpty();
            } else if (key.field() == NODE_LINKS) {
                if (dataAfterLinks) {
                    throw in.error("Links on both sides of Data");
                }
                links.add(decodeLink(in.readBytes()));
            } else {
                throw in.error("unknown field " + Long.toUnsignedString(key.field()));
            }
        }
        return new PbNode(links, data);
    }

    private static PbLink decodeLink(byte[] bytes) {
        ProtoReader in = new ProtoReader("dag-pb PBLink", bytes);
        byte[] hash = null;
        String name = null;
        Long tsize = null;
        while (in.hasMore()) {
            ProtoReader.Key key = in.readKey();
            int expectedWireType = key.field() == LINK_TSIZE ? ProtoReader.VARINT : ProtoReader.LENGTH_DELIMITED;
            if (key.field() < LINK_HASH || key.field() > LINK_TSIZE) {
                throw in.error("unknown field " + Long.toUnsignedString(key.field()));
            }
            if (key.wireType() != expectedWireType) {
                throw in.error("wrong wire type " + key.wireType() + " for field " + key.field());
            }
            if (key.field() == LINK_HASH) {
                if (hash != null || name != null || tsize != null) {
                    throw in.error("Hash must come first and once");
                }
                hash = in.readBytes();
            } else if (key.field() == LINK_NAME) {
                if (name != null || tsize != null) {
                    throw in.error("Name must come before Tsize and once");
                }
                name = utf8(in.readBytes(), in);
            } else {
                if (tsize != null) {
                    throw in.error("duplicate Tsize");
                }
                tsize = in.readVarint("Tsize", Long.MAX_VALUE);
            }
        }
        if (hash == null) {
            throw in.error("missing Hash");
        }
        return new PbLink(cid(hash), name, tsize);
    }

    private static Cid cid(byte[] hash) {
        try {
            return Cid.decode(hash);
        } catch (IpldException e) {
            throw new IpldException("dag-pb PBLink: Hash is not a CID: " + e.getMessage(), e);
        }
    }

    private static String utf8(byte[] bytes, ProtoReader in) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw in.error("Name is not valid UTF-8");
        }
    }
}
