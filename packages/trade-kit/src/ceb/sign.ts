import { X509Certificate, createPrivateKey } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import { InvalidInputError } from '../errors';

/** Anything that can sign a CEB message: software keys here, crypto cards (UKey/IC card) elsewhere. */
export interface Signer {
  sign(xml: string): Promise<string>;
}

export interface SoftwareSignerOptions {
  privateKeyPem: string;
  certificatePem: string;
  /** rsa-sha256 by default; some legacy DXP clients still expect rsa-sha1. */
  algorithm?: 'rsa-sha256' | 'rsa-sha1';
}

const ALG = {
  'rsa-sha256': { sig: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', digest: 'http://www.w3.org/2001/04/xmlenc#sha256' },
  'rsa-sha1': { sig: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1', digest: 'http://www.w3.org/2000/09/xmldsig#sha1' },
} as const;
const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
// The schema puts ds:Signature after BaseTransfer and any BaseSubscribe, before ExtendMessage.
const AFTER = "(/*/*[local-name()='BaseTransfer' or local-name()='BaseSubscribe'])[last()]";

const certBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

/** Enveloped XML-DSig over the whole message with the X.509 certificate in KeyInfo. */
export class SoftwareSigner implements Signer {
  private readonly alg: (typeof ALG)[keyof typeof ALG];
  constructor(private readonly options: SoftwareSignerOptions) {
    try {
      createPrivateKey(options.privateKeyPem);
      new X509Certificate(options.certificatePem);
    } catch (e) {
      throw new InvalidInputError('SoftwareSigner needs a PEM private key and a PEM X.509 certificate', [(e as Error).message]);
    }
    this.alg = ALG[options.algorithm ?? 'rsa-sha256'];
  }

  async sign(xml: string): Promise<string> {
    const cert = certBody(this.options.certificatePem);
    const sig = new SignedXml({
      privateKey: this.options.privateKeyPem,
      publicCert: this.options.certificatePem,
      signatureAlgorithm: this.alg.sig,
      canonicalizationAlgorithm: C14N,
      getKeyInfoContent: ({ prefix } = {}) => {
        const p = prefix ? `${prefix}:` : '';
        return `<${p}X509Data><${p}X509Certificate>${cert}</${p}X509Certificate></${p}X509Data>`;
      },
    });
    sig.addReference({ xpath: '/*', uri: '', isEmptyUri: true, transforms: [ENVELOPED, C14N], digestAlgorithm: this.alg.digest });
    sig.computeSignature(xml, { prefix: 'ds', location: { reference: AFTER, action: 'after' } });
    return sig.getSignedXml();
  }
}

/**
 * Checks the enveloped signature. With `certificatePem` it also proves who signed; without it,
 * only that the message was not altered since signing with the certificate it carries.
 */
export function verifyCebSignature(xml: string, certificatePem?: string): boolean {
  const match = xml.match(/<ds:Signature[\s\S]*?<\/ds:Signature>/);
  if (!match) return false;
  const verifier = new SignedXml(certificatePem ? { publicCert: certificatePem } : { getCertFromKeyInfo: SignedXml.getCertFromKeyInfo });
  verifier.loadSignature(match[0]);
  try {
    return verifier.checkSignature(xml);
  } catch {
    return false;
  }
}
