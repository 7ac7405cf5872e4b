package com.winccreports.audit;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/** A real Ed25519 signer on a key made for the test, standing where the publication package's key will. */
final class Ed25519HeadSigner implements HeadSigner {

    private final KeyPair keys;

    Ed25519HeadSigner() {
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String keyId() {
        return "test-key";
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(String keyId, byte[] message, byte[] signature) {
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(keys.getPublic());
            check.update(message);
            return keyId().equals(keyId) && check.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
