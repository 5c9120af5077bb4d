package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start script's messages when something is missing. Each case stops before any build, in
 * an environment the test makes: a PATH of a few tools, fake JDK folders.
 */
class StartScriptTest {

  private static final int EXIT_PREREQUISITE = 4;

  @TempDir
  Path temp;

  private Path script;
  private Path tools;

  record Result(int exitCode, String stderr) {}

  @BeforeEach
  void copyScriptAndTools() throws IOException {
    Path repository = Path.of(System.getProperty("constl.repo.dir", "../.."));
    Path original = repository.resolve("constellation");
    assertTrue(Files.isRegularFile(original), "start script not found at " + original);
    // A copy in a folder that is neither a repository nor a product: no build can start.
    script = Files.copy(original, Files.createDirectories(temp.resolve("checkout")).resolve("constellation"));
    tools = Files.createDirectories(temp.resolve("bin"));
    for (String tool : List.of("bash", "readlink", "dirname", "sed", "head", "grep", "ls", "cat", "ldconfig")) {
      for (String folder : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
        Path candidate = Path.of(folder, tool);
        if (Files.isExecutable(candidate) && !Files.exists(tools.resolve(tool))) {
          Files.createSymbolicLink(tools.resolve(tool), candidate);
        }
      }
    }
  }

  private Path fakeJdk(String name, String version) throws IOException {
    Path home = Files.createDirectories(temp.resolve("jvm").resolve(name));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path bin = Files.createDirectories(home.resolve("bin"));
    for (String tool : List.of("java", "javac")) {
      Path file = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexit 1\n");
      file.toFile().setExecutable(true);
    }
    return home;
  }

  private Result run(Map<String, String> environment, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(tools.resolve("bash").toString(),
        script.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("PATH", tools.toString());
    builder.environment().put("HOME", temp.resolve("home").toString());
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    builder.environment().put("CONSTELLATION_JVM_DIRS", temp.resolve("jvm").toString());
    builder.environment().putAll(environment);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String stderr = new String(process.getErrorStream().readAllBytes());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
    return new Result(process.exitValue(), stderr);
  }

  private static Map<String, String> javaHome(Path home) {
    return Map.of("JAVA_HOME", home.toString());
  }

  @Test
  void withoutAnyJdkItSaysWhatToInstall() throws Exception {
    Result result = run(Map.of("JAVA_HOME", temp.resolve("nowhere").toString()), "version");
    assertEquals(EXIT_PREREQUISITE, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("no JDK 21 or newer found"), result.stderr());
    assertTrue(result.stderr().contains("set JAVA_HOME"), result.stderr());
  }

  @Test
  void anOldJdkIsNamedWithItsVersion() throws Exception {
    Path old = fakeJdk("jdk-17", "17.0.9");
    Result result = run(javaHome(old), "version");
    assertEquals(EXIT_PREREQUISITE, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains(old + " (17)"), result.stderr());
  }

  @Test
  void aNewerInstalledJdkIsFoundWhenJavaHomeIsTooOld() throws Exception {
    Path old = fakeJdk("jdk-17", "17.0.9");
    fakeJdk("jdk-25", "25.0.1");
    // Past the JDK, a checkout without a product needs Maven, which this PATH lacks.
    Result result = run(javaHome(old), "version");
    assertEquals(EXIT_PREREQUISITE, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("Maven is needed to build Constellation"), result.stderr());
    assertTrue(result.stderr().contains("apt-get install maven"), result.stderr());
  }

  @Test
  void theWorkbenchWithoutADisplayPointsToXvfbAndTheNode() throws Exception {
    Path jdk = fakeJdk("jdk-21", "21.0.5");
    Result result = run(javaHome(jdk));
    assertEquals(EXIT_PREREQUISITE, result.exitCode(), result.stderr());
    boolean noGtk = result.stderr().contains("needs GTK 3");
    boolean noDisplay = result.stderr().contains("no display") && result.stderr().contains("xvfb-run -a");
    assertTrue(noGtk || noDisplay, result.stderr());
    assertTrue(result.stderr().contains("./constellation node"), result.stderr());
  }

  @Test
  void testingNeedsAClone() throws Exception {
    Files.createDirectories(script.getParent().resolve("plugins"));
    Path jdk = fakeJdk("jdk-21", "21.0.5");
    Result result = run(javaHome(jdk), "--test");
    assertEquals(EXIT_PREREQUISITE, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("--test works in a clone of the repository"), result.stderr());
  }
}
