package org.constl.node.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldJson;
import org.constl.ipld.Multibase;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.osgi.service.component.annotations.Component;

/**
 * {@code constellation dag-cbor encode|decode}: JSON (DAG-JSON style links and bytes) to DAG-CBOR
 * bytes and CID, and back, with exactly the rules of {@code @ipld/dag-cbor}.
 */
@Component(service = Command.class)
public final class DagCborCommand implements Command {

  /** Far above any block (4 MiB at most), so a runaway pipe cannot exhaust memory. */
  static final int MAX_JSON_BYTES = 16 * 1024 * 1024;

  private static final HexFormat HEX = HexFormat.of();

  @Override
  public String name() {
    return "dag-cbor";
  }

  @Override
  public String summary() {
    return "encode: JSON on stdin to the CID and hex bytes; decode HEX: DAG-CBOR to JSON";
  }

  @Override
  public String synopsis() {
    return "encode [--base58] | decode HEX";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    String mode = arguments.isEmpty() ? "" : arguments.get(0);
    List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
    switch (mode) {
      case "encode" -> encode(context, rest);
      case "decode" -> decode(context, rest);
      default -> throw CommandException.usage("dag-cbor needs 'encode' or 'decode HEX'");
    }
    return ExitCode.OK;
  }

  /** Prints the CID (base32, or base58btc {@code zdpu...} as OrbitDB writes it) then the hex bytes. */
  private static void encode(CommandContext context, List<String> options) throws CommandException {
    boolean base58 = options.equals(List.of("--base58"));
    if (!options.isEmpty() && !base58) {
      throw CommandException.usage("dag-cbor encode takes only --base58, and reads the JSON on stdin");
    }
    String json = readJson(context);
    Block block;
    try {
      block = DagCbor.encodeBlock(IpldJson.parse(json));
    } catch (IpldException e) {
      throw new CommandException(ExitCode.FAILURE, "bad JSON on stdin: " + e.getMessage(), e);
    }
    context.out().println(base58 ? block.cid().toString(Multibase.BASE58BTC) : block.cid().toString());
    context.out().println(HEX.formatHex(block.bytes()));
  }

  private static void decode(CommandContext context, List<String> arguments) throws CommandException {
    if (arguments.size() != 1) {
      throw CommandException.usage("dag-cbor decode needs one HEX argument");
    }
    byte[] bytes;
    try {
      bytes = HEX.parseHex(arguments.get(0));
    } catch (IllegalArgumentException e) {
      throw CommandException.usage("not hexadecimal bytes: " + e.getMessage());
    }
    try {
      context.out().println(IpldJson.print(DagCbor.decode(bytes)));
    } catch (IpldException e) {
      throw new CommandException(ExitCode.FAILURE, "not DAG-CBOR: " + e.getMessage(), e);
    }
  }

  private static String readJson(CommandContext context) throws CommandException {
    byte[] input;
    try {
      input = context.in().readNBytes(MAX_JSON_BYTES + 1);
    } catch (IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot read stdin: " + e.getMessage(), e);
    }
    if (input.length > MAX_JSON_BYTES) {
      throw new CommandException(ExitCode.FAILURE, "the JSON on stdin is larger than " + MAX_JSON_BYTES + " bytes");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException e) {
      throw new CommandException(ExitCode.FAILURE, "the JSON on stdin is not UTF-8", e);
    }
  }
}
