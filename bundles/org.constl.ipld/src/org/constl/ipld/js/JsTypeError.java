package org.constl.ipld.js;

/**
 * Where the JS code would throw a {@code TypeError} on a value (reading a property of null, a
 * BigInt in {@code JSON.stringify}, an object with no string form), or where a value relies on
 * JS behaviour that is not reproduced here (an object whose {@code __proto__} key is a list,
 * bytes or a link).
 */
public final class JsTypeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsTypeError(String message) {
        super(message);
    }
}
